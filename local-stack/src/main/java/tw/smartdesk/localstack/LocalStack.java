package tw.smartdesk.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The local stack launcher behind {@code ./smartdesk}: runs all of SmartDesk on a machine with only Java
 * and PostgreSQL. Commands: {@code up} (the default), {@code tokens [role]}, {@code down}.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "up" : args[0];
        try {
            StackSettings settings = StackSettings.fromEnvironment();
            switch (command) {
                case "up" -> up(settings);
                case "tokens" -> tokens(settings, args.length > 1 ? args[1] : null, System.out);
                case "down" -> down(settings, System.out);
                case "reset" -> reset(settings, System.out);
                case "settings" -> settings(System.out);
                case "help", "-h", "--help" -> {
                    usage(System.out);
                    settings(System.out);
                }
                default -> {
                    usage(System.err);
                    System.exit(2);
                }
            }
        } catch (StackException e) {
            System.out.flush();
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static void up(StackSettings settings) {
        Stack stack = new Stack(settings, JavaCommand.current(), System.out);
        stack.up();
        stack.runUntilStopped();
    }

    /** All tokens with their roles, or only the raw token of {@code role} (for {@code $(./smartdesk tokens citizen)}). */
    static void tokens(StackSettings settings, String role, PrintStream out) {
        StackTokens tokens = StackTokens.loadOrCreate(settings.keysDir(), settings.jwtIssuer(), settings.tokenAudience());
        if (role == null) {
            Banner.printTokens(out, tokens.mintAll());
        } else {
            out.println(tokens.mint(role));
        }
    }

    /** Stops a running launcher (which stops its children), then any child left behind by a killed one. */
    static void down(StackSettings settings, PrintStream out) {
        Optional<ProcessHandle> launcher = Leftovers.launcher(settings);
        launcher.ifPresent(process -> {
            out.println("Stopping the SmartDesk launcher (pid " + process.pid() + ") ...");
            process.destroy();
            try {
                process.onExit().get(90, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new StackException("The launcher (pid " + process.pid() + ") did not stop within 90 s");
            }
        });
        List<ProcessHandle> leftovers = Leftovers.children(settings);
        if (!leftovers.isEmpty()) {
            out.println("Stopping " + String.join(", ", leftovers.stream().map(Leftovers::describe).toList()) + " ...");
            Leftovers.stopInOrder(leftovers);
        }
        out.println(launcher.isEmpty() && leftovers.isEmpty() ? "No SmartDesk stack runs from " + settings.stateDir() : "Stopped.");
    }

    /**
     * Drops the stack's databases and its Kafka data, for a fresh start (after a migration was edited, say);
     * the JWT keys and service secrets stay, so printed tokens remain valid.
     */
    static void reset(StackSettings settings, PrintStream out) {
        Leftovers.launcher(settings).ifPresent(launcher -> {
            throw new StackException("A SmartDesk stack runs from " + settings.stateDir() + " (launcher pid " + launcher.pid()
                    + "): ./smartdesk down first");
        });
        PostgresCheck postgres = new PostgresCheck(settings.database());
        postgres.requireReachable();
        List<String> dropped = postgres.drop(settings.services().stream().map(settings::databaseOf).toList());
        out.println("PostgreSQL " + settings.database().address() + ": " + (dropped.isEmpty() ? "no databases to drop"
                : "dropped " + String.join(", ", dropped)));
        Path kafka = settings.kafkaDir();
        if (Files.exists(kafka)) {
            try (Stream<Path> paths = Files.walk(kafka)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new StackException("Cannot remove " + kafka + ": " + e.getMessage(), e);
            }
            out.println("Kafka: removed its data in " + kafka);
        }
        out.println("Kept the JWT keys and service secrets in " + settings.keysDir() + "; ./smartdesk up starts afresh.");
    }

    private static void usage(PrintStream out) {
        out.println("usage: LocalStack [up | tokens [role] | down | reset | settings]   (./smartdesk runs it)");
    }

    private static void settings(PrintStream out) {
        out.println("""
                Settings (environment variables, or -Dsmartdesk.kafka.port=... style system properties):
                  SMARTDESK_DB_HOST, _PORT, _USER, _PASSWORD   PostgreSQL (127.0.0.1, 5432, postgres, empty)
                  SMARTDESK_PORT_OFFSET                         added to the services' HTTP ports 8081-8085 and
                                                                management ports 9081-9085 (0)
                  SMARTDESK_PORT_APPLICATION, _RESERVATION,     one service's HTTP port (its default + offset)
                    _PICKUP_LOCKER, _NOTIFICATION, _ANALYTICS
                  SMARTDESK_MANAGEMENT_PORT_APPLICATION, ...    one service's management port (its default + offset)
                  SMARTDESK_KAFKA_PORT                          the broker's port (9092)
                  SMARTDESK_KAFKA_CONTROLLER_PORT               its KRaft controller's port (Kafka port + 1)
                  SMARTDESK_STATE_DIR                           Kafka data, JWT keys, logs (<checkout>/.local-stack)
                  SMARTDESK_SERVICES                            comma-separated modules to start (all five)
                  SMARTDESK_READY_TIMEOUT                       seconds the broker and services may take (240)
                  SMARTDESK_JAVA_OPTS                           extra JVM options for every service
                  SMARTDESK_JWT_ISSUER                          the tokens' issuer (urn:smartdesk)
                  SMARTDESK_JWT_AUDIENCES                       audiences the services accept; tokens get the first (smartdesk)""");
    }
}
