package tw.smartdesk.analytics;

import io.quarkus.test.junit.QuarkusTest;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.OperationalEndpointsContract;

/** Health, the API description and metrics, as the local stack and operations use them. */
@QuarkusTest
class OperationalEndpointsTest extends OperationalEndpointsContract {

    @Override
    protected String apiTitle() {
        return "SmartDesk analytics-service";
    }

    @Override
    protected String samplePath() {
        return "/kpis/submissions";
    }

    @Override
    protected String sampleRoute() {
        return "/kpis/submissions";
    }

    @Override
    protected String sampleRole() {
        return Roles.ANALYST;
    }
}
