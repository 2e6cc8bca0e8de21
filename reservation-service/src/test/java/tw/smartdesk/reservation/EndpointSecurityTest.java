package tw.smartdesk.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tw.smartdesk.reservation.api.SiteResource;
import tw.smartdesk.testsupport.EndpointSecurity;

/** Every endpoint states who may call it. */
class EndpointSecurityTest {

    @Test
    void everyEndpointDeclaresItsRoles() {
        assertThat(EndpointSecurity.resources(SiteResource.class)).isNotEmpty();
        assertThat(EndpointSecurity.undeclared(SiteResource.class)).isEmpty();
    }
}
