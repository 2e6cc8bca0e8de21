package tw.smartdesk.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tw.smartdesk.analytics.api.SubmissionCountResource;
import tw.smartdesk.testsupport.EndpointSecurity;

/** Every endpoint states who may call it. */
class EndpointSecurityTest {

    @Test
    void everyEndpointDeclaresItsRoles() {
        assertThat(EndpointSecurity.resources(SubmissionCountResource.class)).isNotEmpty();
        assertThat(EndpointSecurity.undeclared(SubmissionCountResource.class)).isEmpty();
    }
}
