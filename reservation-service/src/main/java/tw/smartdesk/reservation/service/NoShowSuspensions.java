package tw.smartdesk.reservation.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import tw.smartdesk.reservation.api.SuspensionView;

/** A resident's no-show suspension as they and staff see it, and a clerk's lift (audited with who and why). */
@ApplicationScoped
public class NoShowSuspensions {

    private static final String LIFT = "insert into suspension_lift (applicant_ref, lifted_by, reason) values ($1, $2, $3)";

    private final Pool pool;
    private final ReservationQueries queries;

    NoShowSuspensions(Pool pool, ReservationQueries queries) {
        this.pool = pool;
        this.queries = queries;
    }

    public Uni<SuspensionView> status(String applicantRef) {
        return queries.suspension(applicantRef);
    }

    public Uni<SuspensionView> lift(String applicantRef, String clerk, String reason) {
        return pool.preparedQuery(LIFT).execute(Tuple.of(applicantRef, clerk, reason.strip()))
                .chain(() -> queries.suspension(applicantRef));
    }
}
