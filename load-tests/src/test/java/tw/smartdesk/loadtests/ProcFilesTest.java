package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcFilesTest {

    @Test
    void cpuTicksAreUserPlusSystemTime() {
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 98765 0 12 0 1500 320 0 0 20 0 45 0 123456 5000000000 80000 "
                + "18446744073709551615 1 1 0 0 0 0 0 2 16384 0 0 0 17 1 0 0 0 0 0";

        assertThat(ProcFiles.cpuTicks(stat)).isEqualTo(1820);
    }

    @Test
    void aCommandWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "77 (postgres: 15/main: wal (writer)) S 1 77 77 0 -1 4194368 10 0 0 0 7 3 0 0 20 0 1 0 99 1000 10 "
                + "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0";

        assertThat(ProcFiles.cpuTicks(stat)).isEqualTo(10);
    }

    @Test
    void statusFiguresAreInKilobytes() {
        String status = """
                Name:\tjava
                VmPeak:\t 3948212 kB
                VmHWM:\t  287340 kB
                VmRSS:\t  251004 kB
                Threads:\t45
                """;

        assertThat(ProcFiles.statusKb(status, "VmRSS")).isEqualTo(251004);
        assertThat(ProcFiles.statusKb(status, "VmHWM")).isEqualTo(287340);
        assertThat(ProcFiles.statusKb(status, "VmSwap")).isZero();
    }

    @Test
    void aCommandLineIsSplitAtItsNulBytes() {
        byte[] cmdline = "java\0-Xmx256m\0-Dsmartdesk.local-stack=/tmp/a b\0-jar\0app.jar\0".getBytes(StandardCharsets.UTF_8);

        assertThat(ProcFiles.arguments(cmdline)).containsExactly("java", "-Xmx256m", "-Dsmartdesk.local-stack=/tmp/a b", "-jar", "app.jar");
        assertThat(ProcFiles.arguments(new byte[0])).isEmpty();
    }

    @Test
    void theMachineIsBusyExceptWhenIdleOrWaitingForIo() {
        String procStat = """
                cpu  100 5 50 800 45 0 0 0 0 0
                cpu1 50 3 25 400 25 0 0 0 0 0
                cpu0 50 2 25 400 20 0 0 0 0 0
                intr 12345
                """;

        long[] ticks = ProcFiles.machineTicks(procStat);

        assertThat(ticks[0]).isEqualTo(155);
        assertThat(ticks[1]).isEqualTo(1000);
        assertThat(ticks[2]).isZero();
    }

    @Test
    void interruptTimeIsCountedApart() {
        assertThat(ProcFiles.machineTicks("cpu  100 0 50 800 0 7 13 0 0 0\n")).containsExactly(170, 970, 20);
    }

    @Test
    void otherProcessesHaveShortNames() {
        assertThat(OtherWork.name(List.of("/usr/bin/java", "-classpath", "/root/.m2/wrapper/boot/plexus-classworlds-2.9.0.jar",
                "org.codehaus.plexus.classworlds.launcher.Launcher", "verify"))).isEqualTo("maven");
        assertThat(OtherWork.name(List.of("/usr/bin/java", "-jar", "/tmp/ci/target/surefire/surefirebooter-1.jar", "/tmp/x")))
                .isEqualTo("java -jar surefirebooter-1.jar");
        assertThat(OtherWork.name(List.of("java", "-cp", "a.jar:b.jar", "tw.smartdesk.localstack.LocalStack", "up")))
                .isEqualTo("java LocalStack");
        assertThat(OtherWork.name(List.of("/usr/bin/gcc", "-O2", "x.c"))).isEqualTo("gcc");
        assertThat(OtherWork.name(List.of("/usr/bin/java", "-Xmx256m", "-jar", "/work/main/analytics-service/target/quarkus-app/quarkus-run.jar")))
                .isEqualTo("main/analytics-service");
    }

    @Test
    void thisProcessCanBeRead() {
        long pid = ProcessHandle.current().pid();

        assertThat(ProcFiles.read(pid, "stat").map(ProcFiles::cpuTicks)).hasValueSatisfying(ticks -> assertThat(ticks).isPositive());
        assertThat(ProcFiles.read(pid, "status").map(s -> ProcFiles.statusKb(s, "VmRSS"))).hasValueSatisfying(kb -> assertThat(kb).isPositive());
        assertThat(ProcFiles.commandLine(pid)).hasValueSatisfying(args -> assertThat(args).isNotEmpty());
    }
}
