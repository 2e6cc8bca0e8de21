package tw.smartdesk.localstack;

import java.nio.file.Path;

/**
 * How child JVMs are started: the launcher's own {@code java}, and for the broker the launcher's own class
 * path (local-stack's runtime dependencies, which hold Kafka's broker artifacts).
 */
record JavaCommand(String executable, String classpath) {

    static JavaCommand current() {
        String executable = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new JavaCommand(executable, System.getProperty("java.class.path"));
    }
}
