package tw.smartdesk.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import tw.smartdesk.kafkasetup.KafkaAccess;
import tw.smartdesk.kafkasetup.KafkaCredentials;

/**
 * One run of the local stack: PostgreSQL check and databases, JWT keys, the Kafka broker and its topics,
 * then the services, each waited for until healthy. Everything it started is stopped, by PID, when the
 * launcher ends: Ctrl-C, SIGTERM, or a part that failed to start.
 */
final class Stack {

    private final StackSettings settings;
    private final JavaCommand java;
    private final PrintStream out;
    private final PostgresCheck postgres;
    private final long startedAt = System.nanoTime();
    private final List<ChildProcess> services = new ArrayList<>();
    private final List<ChildProcess> brokers = new ArrayList<>();
    private boolean stopping;

    Stack(StackSettings settings, JavaCommand java, PrintStream out) {
        this.settings = settings;
        this.java = java;
        this.out = out;
        this.postgres = new PostgresCheck(settings.database());
    }

    /** Starts everything and returns once every service is healthy; throws {@link StackException} otherwise. */
    void up() {
        List<ServiceProcess> processes = checkMachine();
        createDatabases();
        StackTokens tokens = StackTokens.loadOrCreate(settings.keysDir(), settings.jwtIssuer(), settings.tokenAudience());
        Map<String, String> printed = tokens.mintAll();
        out.println("JWT keys: " + (tokens.generated() ? "generated in " : "reusing ") + settings.keysDir());
        Map<String, String> secrets = StackSecrets.loadOrCreate(settings.keysDir().resolve(StackSecrets.FILE), System.getenv());

        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "smartdesk-stop"));
        writePidFile();
        KafkaCredentials kafkaCredentials = startKafka();
        List<String> topics = Topics.setUp(settings.bootstrapServers(), kafkaCredentials);
        out.println("Topics: " + (topics.isEmpty() ? "present" : "created " + String.join(", ", topics))
                + "; principals and ACLs in place");
        startServices(processes, tokens.publicKey(), secrets, kafkaCredentials);
        // before the banner, whose first line tells watchers that everything is up
        Banner.printKafkaReader(out, settings, kafkaCredentials.password(KafkaAccess.EXTERNAL_READER));
        Banner.print(out, settings, elapsed(), printed);
        watchForCrashes();
    }

    /** PostgreSQL first, then no other stack on this state folder, the jars built, the ports free. */
    private List<ServiceProcess> checkMachine() {
        postgres.requireReachable();
        out.println("SmartDesk local stack; state, keys and logs in " + settings.stateDir());
        Leftovers.launcher(settings).ifPresent(launcher -> {
            throw new StackException("A SmartDesk stack already runs from " + settings.stateDir() + " (launcher pid "
                    + launcher.pid() + "): ./smartdesk down stops it");
        });
        stopLeftovers();
        List<ServiceProcess> processes = settings.services().stream().map(s -> new ServiceProcess(s, settings)).toList();
        processes.forEach(ServiceProcess::requireJar);
        Ports.requireFree(Ports.of(settings));
        return processes;
    }

    private void createDatabases() {
        List<String> created = postgres.createMissing(settings.services().stream().map(settings::databaseOf).toList());
        out.println("PostgreSQL " + settings.database().address() + ": "
                + (created.isEmpty() ? "databases present" : "created " + String.join(", ", created)));
    }

    /** Blocks until the JVM ends (the shutdown hook then stops everything). */
    void runUntilStopped() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the services, then the broker: SIGTERM to each by its PID, a kill only after the grace period. */
    void stop() {
        List<ChildProcess> runningServices;
        List<ChildProcess> runningBrokers;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            runningServices = List.copyOf(services);
            runningBrokers = List.copyOf(brokers);
        }
        if (!runningServices.isEmpty() || !runningBrokers.isEmpty()) {
            out.println("Stopping " + String.join(", ", runningServices.stream().map(ChildProcess::name).toList())
                    + (runningServices.isEmpty() ? "" : ", then ") + (runningBrokers.isEmpty() ? "" : "kafka") + " ...");
            stopAll(runningServices);
            stopAll(runningBrokers);
            out.println("Stopped.");
        }
        try {
            Files.deleteIfExists(settings.launcherPidFile());
        } catch (IOException e) {
            out.println("Cannot remove " + settings.launcherPidFile() + ": " + e.getMessage());
        }
        out.flush();
    }

    private KafkaCredentials startKafka() {
        KafkaProcess kafka = new KafkaProcess(settings, java);
        if (!kafka.formatted()) {
            out.println("Kafka: formatting new storage in " + kafka.dataDir());
        }
        long begin = System.nanoTime();
        ChildProcess broker = register(kafka.start(), brokers);
        kafka.awaitReady(broker, settings.readyTimeout());
        out.printf(Locale.ROOT, "Kafka: ready at %s in %.1f s (pid %d, log %s)%n", settings.bootstrapServers(),
                seconds(System.nanoTime() - begin), broker.pid(), broker.log());
        return kafka.credentials();
    }

    /** Each service gets the shared secrets and the credentials of its own Kafka principal. */
    private void startServices(List<ServiceProcess> processes, Path publicKey, Map<String, String> secrets,
            KafkaCredentials kafkaCredentials) {
        out.println("Services: starting " + StackService.modules(settings.services()) + " (logs in " + settings.logsDir() + ")");
        long begin = System.nanoTime();
        List<ChildProcess> children = new ArrayList<>();
        for (ServiceProcess process : processes) {
            Map<String, String> environment = new LinkedHashMap<>(secrets);
            environment.putAll(KafkaSecrets.serviceEnvironment(kafkaCredentials, process.service()));
            children.add(register(process.start(java, publicKey, environment), services));
        }
        new HealthWait(out, begin).await(processes, children, settings.readyTimeout());
    }

    private ChildProcess register(ChildProcess child, List<ChildProcess> group) {
        boolean late;
        synchronized (this) {
            late = stopping;
            if (!late) {
                group.add(child);
            }
        }
        if (late) {
            child.requestStop();
            child.awaitStop();
            throw new StackException("Stopped while starting");
        }
        return child;
    }

    private void watchForCrashes() {
        List<ChildProcess> all = new ArrayList<>();
        synchronized (this) {
            all.addAll(brokers);
            all.addAll(services);
        }
        for (ChildProcess child : all) {
            child.process().onExit().thenRun(() -> {
                synchronized (this) {
                    if (stopping) {
                        return;
                    }
                }
                out.println(child.name() + " stopped unexpectedly with exit code " + child.exitValue() + "; see " + child.log());
            });
        }
    }

    private void stopLeftovers() {
        List<ProcessHandle> leftovers = Leftovers.children(settings);
        if (!leftovers.isEmpty()) {
            out.println("Stopping processes left over from an earlier run: "
                    + String.join(", ", leftovers.stream().map(Leftovers::describe).toList()));
            Leftovers.stopInOrder(leftovers);
        }
    }

    private void stopAll(List<ChildProcess> children) {
        children.forEach(ChildProcess::requestStop);
        for (ChildProcess child : children) {
            if (!child.awaitStop()) {
                out.println(child.name() + " did not stop in time and was killed");
            }
        }
    }

    private void writePidFile() {
        try {
            Files.createDirectories(settings.stateDir());
            Files.writeString(settings.launcherPidFile(), ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new StackException("Cannot write " + settings.launcherPidFile() + ": " + e.getMessage(), e);
        }
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
