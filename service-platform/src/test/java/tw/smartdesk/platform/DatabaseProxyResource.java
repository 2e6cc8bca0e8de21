package tw.smartdesk.platform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import tw.smartdesk.testsupport.SmartDeskTestResource;
import tw.smartdesk.testsupport.TcpProxy;
import tw.smartdesk.testsupport.TestDatabases;

/**
 * Routes the probe application's reactive datasource (its pool and the relay's dedicated connections)
 * through a {@link TcpProxy}, so a test can make PostgreSQL unreachable. Starts after
 * {@link SmartDeskTestResource}, whose fresh database it points at.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    private static volatile TcpProxy proxy;

    /** The proxy between the running probe application and PostgreSQL. */
    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        proxy = TcpProxy.to(TestDatabases.host(), Integer.parseInt(TestDatabases.port()));
        return Map.of("quarkus.datasource.reactive.url",
                "postgresql://127.0.0.1:" + proxy.port() + "/" + SmartDeskTestResource.currentDatabase());
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Override
    public int order() {
        return 100;
    }
}
