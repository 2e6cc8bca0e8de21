package tw.smartdesk.loadtests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The measured scenarios against the running stack, in order: the maximum submission rate (one service, then a
 * one-stop submission of three), the status reads and the work queue of what was filed, submissions at half the
 * maximum rate with the commit-to-consumed latency of their events, and a burst at 1.5 times the maximum rate with
 * the lag watched until it is back to 0; last, the reservation scenarios ({@link ReservationPhases}), so that the
 * figures before them stay comparable with runs that had none. Before each scenario after the first the stack is left
 * to deliver what earlier ones left behind, so that no scenario pays for another.
 */
final class LoadPhases {

    private final BenchmarkOptions options;
    private final HttpLoad http;
    private final MachineSampler sampler;
    private final SmartDeskScenarios scenarios;
    private final ReservationPhases reservations;
    private final LagWatch drain;
    private final Consumer<String> say;

    LoadPhases(BenchmarkOptions options, HttpLoad http, MachineSampler sampler, SmartDeskScenarios scenarios, ReservationPhases reservations,
            LagWatch drain, Consumer<String> say) {
        this.options = options;
        this.http = http;
        this.sampler = sampler;
        this.scenarios = scenarios;
        this.reservations = reservations;
        this.drain = drain;
        this.say = say;
    }

    /** What the phases measured, before the stack-wide figures are added. */
    record Measured(ScenarioResult submission, ScenarioResult submissionFew, ScenarioResult oneStop, ScenarioResult mine, ScenarioResult byId,
            ScenarioResult workQueue, ScenarioResult halfRate, EventLatency.Result events, ScenarioResult burst, List<LagPoint> lag,
            ReservationResults reservations) {
    }

    Measured run(String oneService, String threeServices, String oneServiceJson, String threeServicesJson, EventLatency eventLatency) {
        ClosedLoop closed = new ClosedLoop(http, options.clients());
        warmUp(closed, oneServiceJson, threeServicesJson);
        ScenarioResult submission = closed(closed, scenarios.submission("submission, one service (" + oneService + ")", oneServiceJson),
                options.warmup(), options.submissionSeconds());
        ScenarioResult submissionFew = closed(new ClosedLoop(http, options.fewClients()), scenarios.submission(
                "submission, one service (" + oneService + "), " + options.fewClients() + " clients", oneServiceJson), options.warmup(),
                options.submissionSeconds());
        ScenarioResult oneStop = closed(closed, scenarios.submission("one-stop submission, three services (" + threeServices + ")",
                threeServicesJson), options.warmup(), options.submissionSeconds());
        ScenarioResult mine = closed(closed, scenarios.mine(), options.readWarmup(), options.readSeconds());
        ScenarioResult byId = closed(closed, scenarios.byId(), options.readWarmup(), options.readSeconds());
        ScenarioResult workQueue = closed(closed, scenarios.workQueue(), options.readWarmup(), options.readSeconds());

        double capacity = Math.max(1, Math.max(submission.throughput(), submissionFew.throughput()));
        say.accept(String.format(Locale.ROOT, "Maximum submission rate: %.1f/s", capacity));
        OpenLoop open = new OpenLoop(http, options.timeout());
        awaitDrained();
        Scenario half = scenarios.submission("submission at half the maximum rate", oneServiceJson);
        say.accept(String.format(Locale.ROOT, "%s: %.1f/s for %d s (+%d s warm-up)", half.name(), capacity / 2,
                options.halfRateSeconds().toSeconds(), options.warmup().toSeconds()));
        Instant[] window = new Instant[2];
        MeasureWindow machine = sampler.window(half.name());
        ScenarioResult halfRate = open.run(half, capacity / 2, options.warmup(), options.halfRateSeconds(), new MeasureWindow() {
            @Override
            public void opened() {
                window[0] = Instant.now();
                machine.opened();
            }

            @Override
            public void closed() {
                window[1] = Instant.now();
                machine.closed();
            }
        });
        say.accept("  " + summary(halfRate));
        EventLatency.Result events = eventLatency.measure(window[0], window[1], Duration.ofSeconds(60));
        say.accept("  commit to consumed: " + events.events() + " events; " + events.perConsumer());

        awaitDrained();
        Scenario burstScenario = scenarios.submission("burst at 1.5x the maximum rate", oneServiceJson);
        say.accept(String.format(Locale.ROOT, "%s: %.1f/s for %d s, then the lag is watched", burstScenario.name(), capacity * 1.5,
                options.burstSeconds().toSeconds()));
        LagWatch watch = drain;
        watch.restart(System.nanoTime());

        ScenarioResult burst = open.run(burstScenario, capacity * 1.5, Duration.ZERO, options.burstSeconds(), sampler.window(burstScenario.name()));
        say.accept("  " + summary(burst));
        long watchUntil = System.nanoTime() + options.recoveryLimit().plusSeconds(30).toNanos();
        double burstEnd = options.burstSeconds().toSeconds();
        while (System.nanoTime() < watchUntil && LagPoint.recovery(watch.points(), burstEnd).isEmpty()) {
            Sleep.millis(500);
        }
        watch.stop();
        List<LagPoint> lag = watch.points();
        say.accept("  lag back to 0: " + LagPoint.recovery(lag, burstEnd).map(s -> Format.seconds(s) + " after the burst").orElse("not while watched"));
        awaitDrained();
        ReservationResults booked = reservations.run(this::awaitDrained);
        return new Measured(submission, submissionFew, oneStop, mine, byId, workQueue, halfRate, events, burst, lag, booked);
    }

    /** Every kind of request, unmeasured, so that the first scenario does not pay for the JIT compiling the services. */
    private void warmUp(ClosedLoop closed, String oneServiceJson, String threeServicesJson) {
        say.accept("Warming the stack up: " + options.stackWarmup().toSeconds() + " s of every kind of request, not measured");
        Duration share = options.stackWarmup().dividedBy(6);
        closed.run(scenarios.submission("warm-up", oneServiceJson), Duration.ZERO, share.multipliedBy(2), MeasureWindow.NONE);
        closed.run(scenarios.submission("warm-up", threeServicesJson), Duration.ZERO, share, MeasureWindow.NONE);
        closed.run(scenarios.mine(), Duration.ZERO, share, MeasureWindow.NONE);
        closed.run(scenarios.byId(), Duration.ZERO, share, MeasureWindow.NONE);
        closed.run(scenarios.workQueue(), Duration.ZERO, share, MeasureWindow.NONE);
    }

    private ScenarioResult closed(ClosedLoop closed, Scenario scenario, Duration warmup, Duration measure) {
        awaitDrained();
        say.accept(String.format(Locale.ROOT, "%s: %d clients, %d s (+%d s warm-up)", scenario.name(), closed.clients(),
                measure.toSeconds(), warmup.toSeconds()));
        ScenarioResult result = closed.run(scenario, warmup, measure, sampler.window(scenario.name()));
        say.accept("  " + summary(result));
        return result;
    }

    /** Waits (up to the recovery limit) until no consumer lags and no outbox holds unpublished rows. */
    private void awaitDrained() {
        long begin = System.nanoTime();
        long deadline = begin + options.recoveryLimit().toNanos();
        LagPoint point = drain.sample();
        while (!point.drained() && System.nanoTime() < deadline) {
            Sleep.millis(500);
            point = drain.sample();
        }
        double waited = (System.nanoTime() - begin) / 1e9;
        if (!point.drained()) {
            say.accept(String.format(Locale.ROOT, "  (still %d records lagging, %d outbox rows unpublished after %.0f s; going on)",
                    point.totalLag(), point.totalBacklog(), waited));
        } else if (waited > 1) {
            say.accept(String.format(Locale.ROOT, "  (waited %.1f s for the stack to deliver what the last scenario left)", waited));
        }
    }

    static String summary(ScenarioResult result) {
        LatencySummary l = result.latency();
        return String.format(Locale.ROOT, "%s ok, p50 %s ms, p99 %s ms, max %s ms, errors %s", Format.rate(result.throughput()),
                Format.ms(l.p50()), Format.ms(l.p99()), Format.ms(l.max()), Format.errors(result.errors()));
    }
}
