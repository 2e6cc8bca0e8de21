package tw.smartdesk.platform;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import tw.smartdesk.testsupport.SmartDeskTestResource;

/** Every test of this module runs the probe application against the real broker and a fresh database. */
@WithTestResource(value = SmartDeskTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "platform_test"),
                @ResourceArg(name = "kafka-principal", value = "platform-probe")})
public final class TestResources {

    private TestResources() {
    }
}
