package tw.smartdesk.loadtests;

import java.util.Optional;

/** A kind of request the benchmark repeats: it makes each call and may look at the answers. */
interface Scenario {

    /** The name in the report, e.g. "status read GET /applications/{id}". */
    String name();

    /** The next request; called from the load generator's threads, so implementations are thread-safe. */
    HttpCall next();

    /** A 2xx answer to {@code call} (e.g. to keep the ids a submission made). */
    default void answered(HttpCall call, HttpLoad.Answer answer) {
    }

    /**
     * A non-2xx answer to {@code call}: the kind it is counted under when the scenario expects it (e.g. "409 slot-full"
     * once slots fill), apart from the errors; empty for an error. Called for every such answer, measured or not, so
     * the scenario may learn from it.
     */
    default Optional<String> expectedRefusal(HttpCall call, HttpLoad.Answer answer) {
        return Optional.empty();
    }
}
