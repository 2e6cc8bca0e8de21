package tw.smartdesk.application;

import io.quarkus.test.junit.QuarkusTest;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.OperationalEndpointsContract;

/** Health, the API description and metrics, as the local stack and operations use them. */
@QuarkusTest
class OperationalEndpointsTest extends OperationalEndpointsContract {

    @Override
    protected String apiTitle() {
        return "SmartDesk application-service";
    }

    @Override
    protected String samplePath() {
        return "/services";
    }

    @Override
    protected String sampleRoute() {
        return "/services";
    }

    @Override
    protected String sampleRole() {
        return Roles.CITIZEN;
    }
}
