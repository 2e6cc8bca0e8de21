package tw.smartdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tw.smartdesk.notification.api.TemplateResource;
import tw.smartdesk.testsupport.EndpointSecurity;

/** Every endpoint states who may call it. */
class EndpointSecurityTest {

    @Test
    void everyEndpointDeclaresItsRoles() {
        assertThat(EndpointSecurity.resources(TemplateResource.class)).isNotEmpty();
        assertThat(EndpointSecurity.undeclared(TemplateResource.class)).isEmpty();
    }
}
