package tw.smartdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tw.smartdesk.application.api.ApplicationResource;
import tw.smartdesk.testsupport.EndpointSecurity;

/** Every endpoint states who may call it. */
class EndpointSecurityTest {

    @Test
    void everyEndpointDeclaresItsRoles() {
        assertThat(EndpointSecurity.resources(ApplicationResource.class)).isNotEmpty();
        assertThat(EndpointSecurity.undeclared(ApplicationResource.class)).isEmpty();
    }
}
