package tw.smartdesk.loadtests;

/** A kind of request the benchmark repeats: it makes each call and may look at the answers. */
interface Scenario {

    /** The name in the report, e.g. "status read GET /applications/{id}". */
    String name();

    /** The next request; called from the load generator's threads, so implementations are thread-safe. */
    HttpCall next();

    /** A 2xx answer to {@code call} (e.g. to keep the ids a submission made). */
    default void answered(HttpCall call, HttpLoad.Answer answer) {
    }
}
