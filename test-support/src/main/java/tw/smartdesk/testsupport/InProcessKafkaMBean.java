package tw.smartdesk.testsupport;

import java.util.Map;

/**
 * The JVM's test broker as a platform MBean, so that every class loader of the test JVM (a Quarkus test profile
 * loads test-support again) finds and controls the same broker. JDK types only.
 */
public interface InProcessKafkaMBean {

    String getBootstrapServers();

    /** The password of each principal. */
    Map<String, String> getPasswords();

    boolean isRunning();

    void start();

    void stop();
}
