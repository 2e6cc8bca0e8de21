package tw.smartdesk.reservation;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import tw.smartdesk.testsupport.SmartDeskTestResource;

/**
 * Every test of this module runs against the real broker and a fresh database, with application-service's person
 * resolution answered by {@link PersonsStandIn}.
 */
@WithTestResource(value = SmartDeskTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "database", value = "reservation_test"),
                @ResourceArg(name = "kafka-principal", value = "reservation-service")})
@WithTestResource(value = PersonsStandIn.class, scope = TestResourceScope.GLOBAL)
public final class TestResources {

    private TestResources() {
    }
}
