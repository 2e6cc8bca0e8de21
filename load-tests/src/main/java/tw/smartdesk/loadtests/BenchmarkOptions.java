package tw.smartdesk.loadtests;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long and how hard the benchmark runs. {@code --quick} is for development (the whole run in about five
 * minutes); the full run is the one whose figures count. Any figure can be set on the command line, e.g.
 * {@code --pgbench-seconds=60 --clients=32}.
 *
 * @param quick whether this is the short development run
 * @param pgbenchSeconds each pgbench transaction's duration
 * @param pgbenchClients pgbench's clients
 * @param clients concurrent callers of the closed-loop scenarios
 * @param fewClients callers of a second closed-loop submission scenario: a system that congests under many callers
 *        does more with fewer, and the maximum submission rate is the higher of the two
 * @param stackWarmup unmeasured load of every kind before the first scenario, so that no scenario measures a cold JVM
 * @param warmup unmeasured load before each submission scenario (and the half-rate one)
 * @param submissionSeconds measured window of the closed-loop submission scenarios
 * @param readWarmup unmeasured load before each read scenario
 * @param readSeconds measured window of each read scenario
 * @param halfRateSeconds measured window at half the maximum submission rate (event latency)
 * @param burstSeconds length of the burst at 1.5 times the maximum submission rate
 * @param recoveryLimit how long the lag may take to reach 0 after the burst (the target), watched 30 s longer
 * @param reservationRate bookings per second of the spread reservation scenario, lowered when they would fill more
 *        than two thirds of the booking window's places
 * @param reservationWarmup unmeasured bookings before the spread scenario's window
 * @param reservationSeconds measured window of the spread reservation scenario
 * @param hotSlotAttempts booking attempts sent at once on the hot slot, one resident each
 * @param citizens citizen accounts (pre-minted tokens) that file and read
 * @param idempotencyKeys whether submissions carry an {@code Idempotency-Key}, as a retrying client sends it
 * @param timeout a request not answered within it is a timeout
 */
record BenchmarkOptions(boolean quick, int pgbenchSeconds, int pgbenchClients, int clients, int fewClients, Duration stackWarmup, Duration warmup,
        Duration submissionSeconds, Duration readWarmup, Duration readSeconds, Duration halfRateSeconds, Duration burstSeconds,
        Duration recoveryLimit, int reservationRate, Duration reservationWarmup, Duration reservationSeconds, int hotSlotAttempts,
        int citizens, boolean idempotencyKeys, Duration timeout) {

    static BenchmarkOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean quick = false;
        boolean idempotencyKeys = true;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--no-idempotency-key")) {
                idempotencyKeys = false;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new BenchmarkException("Unknown argument '" + arg + "'; usage: ./smartdesk bench [--quick] "
                        + "[--no-idempotency-key] [--<setting>=<number>] (settings: see load-tests/README.md)");
            }
        }
        Settings s = new Settings(values, quick);
        BenchmarkOptions options = new BenchmarkOptions(quick, s.number("pgbench-seconds", 10, 30), s.number("pgbench-clients", 32, 32),
                s.number("clients", 64, 64), s.number("few-clients", 16, 16), s.seconds("stack-warmup", 20, 60), s.seconds("warmup", 5, 30), s.seconds("submission-seconds", 15, 120),
                s.seconds("read-warmup", 3, 15), s.seconds("read-seconds", 10, 60), s.seconds("half-rate-seconds", 20, 180),
                s.seconds("burst-seconds", 20, 300), s.seconds("recovery-limit", 120, 120), s.number("reservation-rate", 15, 15),
                s.seconds("reservation-warmup", 5, 15), s.seconds("reservation-seconds", 15, 30), s.number("hot-slot-attempts", 1000, 1000),
                s.number("citizens", 500, 2000),
                idempotencyKeys, s.seconds("timeout", 30, 30));
        s.requireAllUsed();
        return options;
    }

    /** The command-line settings, each with its quick and full default. */
    private static final class Settings {

        private final Map<String, String> values;
        private final boolean quick;

        Settings(Map<String, String> values, boolean quick) {
            this.values = new LinkedHashMap<>(values);
            this.quick = quick;
        }

        int number(String name, int quickDefault, int fullDefault) {
            String value = values.remove(name);
            if (value == null) {
                return quick ? quickDefault : fullDefault;
            }
            try {
                int number = Integer.parseInt(value);
                if (number <= 0) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                throw new BenchmarkException("--" + name + " must be a whole number above 0, not '" + value + "'");
            }
        }

        Duration seconds(String name, int quickDefault, int fullDefault) {
            return Duration.ofSeconds(number(name, quickDefault, fullDefault));
        }

        void requireAllUsed() {
            if (!values.isEmpty()) {
                throw new BenchmarkException("Unknown setting(s): " + String.join(", ", values.keySet()));
            }
        }
    }
}
