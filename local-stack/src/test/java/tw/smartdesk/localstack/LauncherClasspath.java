package tw.smartdesk.localstack;

import java.nio.file.Path;

/** The launcher's class path as the build lays it out (target/classes and target/lib), passed in by failsafe. */
final class LauncherClasspath {

    private LauncherClasspath() {
    }

    static String get() {
        return System.getProperty("smartdesk.launcher.classpath", System.getProperty("java.class.path"));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static JavaCommand javaCommand() {
        return new JavaCommand(java(), get());
    }
}
