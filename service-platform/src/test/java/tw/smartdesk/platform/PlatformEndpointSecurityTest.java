package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.outbox.OutboxAdminResource;
import tw.smartdesk.testsupport.EndpointSecurity;

/** The endpoints service-platform adds to every service declare who may call them. */
class PlatformEndpointSecurityTest {

    @Test
    void everyPlatformEndpointDeclaresItsRoles() {
        assertThat(EndpointSecurity.resources(OutboxAdminResource.class)).isNotEmpty();
        assertThat(EndpointSecurity.undeclared(OutboxAdminResource.class)).isEmpty();
    }
}
