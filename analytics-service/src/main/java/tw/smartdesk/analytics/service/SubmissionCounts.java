package tw.smartdesk.analytics.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import tw.smartdesk.analytics.api.SubmissionCountView;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.platform.sql.CommittedReads;

/** Submissions per service and channel. */
@ApplicationScoped
public class SubmissionCounts {

    private static final String INCREMENT = """
            insert into submission_count (service_code, channel, submissions, last_at)
            values (:serviceCode, :channel, 1, :at)
            on conflict (service_code, channel)
            do update set submissions = submission_count.submissions + 1,
                          last_at = greatest(submission_count.last_at, excluded.last_at)
            """;
    private static final String LIST_ALL =
            "select service_code, channel, submissions from submission_count order by service_code, channel";
    private static final String LIST_ONE =
            "select service_code, channel, submissions from submission_count where service_code = $1 order by channel";

    private final CommittedReads reads;

    SubmissionCounts(CommittedReads reads) {
        this.reads = reads;
    }

    /** Counts one submission of the superseded version, still on the topic; runs in the consumer's transaction. */
    public Uni<Void> count(ApplicationSubmitted submitted) {
        return count(submitted.serviceCode(), submitted.channel(), submitted.occurredAt());
    }

    /** Counts one submission; runs in the consumer's transaction. */
    public Uni<Void> count(ApplicationSubmittedV2 submitted) {
        return count(submitted.serviceCode(), submitted.channel(), submitted.occurredAt());
    }

    private static Uni<Void> count(String serviceCode, ApplicationChannel channel, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INCREMENT)
                        .setParameter("serviceCode", serviceCode)
                        .setParameter("channel", channel.name())
                        .setParameter("at", at)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Every (service, channel) pair with its count, optionally for one service. */
    public Uni<List<SubmissionCountView>> list(String serviceCode) {
        return (serviceCode == null ? reads.rows(LIST_ALL) : reads.rows(LIST_ONE, serviceCode))
                .map(rows -> rows.stream()
                        .map(row -> new SubmissionCountView(row.getString(0), ApplicationChannel.valueOf(row.getString(1)),
                                row.getLong(2)))
                        .toList());
    }
}
