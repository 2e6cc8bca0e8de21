package tw.smartdesk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaProcessTest {

    /** As long as the launcher's real one: every jar of target/lib, with absolute paths. */
    private static final String LONG_CLASSPATH = String.join(":", Collections.nCopies(150,
            "/home/developer/projects/smartdesk/local-stack/target/lib/some-dependency-1.2.3.jar"));

    @Test
    void theClassPathGoesThroughTheEnvironmentSoTheCommandLineStaysShort() {
        StackSettings settings = StackSettings.from(Map.of("SMARTDESK_STATE_DIR", "/tmp/stack"), new Properties());
        KafkaProcess kafka = new KafkaProcess(settings, new JavaCommand("/jdk/bin/java", LONG_CLASSPATH));

        List<String> command = kafka.command(KafkaProcess.MAIN_CLASS, List.of("/tmp/stack/kafka/server.properties"));

        assertThat(command).doesNotContain("-cp", LONG_CLASSPATH)
                .containsSubsequence("/jdk/bin/java", "-Dsmartdesk.local-stack=/tmp/stack", KafkaProcess.MAIN_CLASS,
                        "/tmp/stack/kafka/server.properties");
        assertThat(String.join(" ", command).length()).as("well within the 4096 bytes ProcessHandle reads").isLessThan(1024);
        assertThat(kafka.environment()).containsExactly(Map.entry("CLASSPATH", LONG_CLASSPATH));
        assertThat(Path.of(command.get(0))).hasFileName("java");
    }
}
