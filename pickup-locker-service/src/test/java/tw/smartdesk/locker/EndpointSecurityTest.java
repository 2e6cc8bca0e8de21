package tw.smartdesk.locker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tw.smartdesk.locker.api.LockerResource;
import tw.smartdesk.testsupport.EndpointSecurity;

/** Every endpoint states who may call it. */
class EndpointSecurityTest {

    @Test
    void everyEndpointDeclaresItsRoles() {
        assertThat(EndpointSecurity.resources(LockerResource.class)).isNotEmpty();
        assertThat(EndpointSecurity.undeclared(LockerResource.class)).isEmpty();
    }
}
