package tw.smartdesk.analytics;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import tw.smartdesk.testsupport.SmartDeskTestResource;

/** Every test of this module runs against the real broker and a fresh database. */
@WithTestResource(value = SmartDeskTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "analytics_test"),
                @ResourceArg(name = "kafka-principal", value = "analytics-service")})
public final class TestResources {

    private TestResources() {
    }
}
