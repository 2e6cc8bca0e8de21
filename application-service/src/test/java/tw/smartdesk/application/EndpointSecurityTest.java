package tw.smartdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tw.smartdesk.application.api.ApplicationSubmissionResource;
import tw.smartdesk.testsupport.EndpointSecurity;

/** Every endpoint states who may call it. */
class EndpointSecurityTest {

    @Test
    void everyEndpointDeclaresItsRoles() {
        assertThat(EndpointSecurity.resources(ApplicationSubmissionResource.class)).isNotEmpty();
        assertThat(EndpointSecurity.undeclared(ApplicationSubmissionResource.class)).isEmpty();
    }
}
