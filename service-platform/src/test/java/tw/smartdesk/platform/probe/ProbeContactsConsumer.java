package tw.smartdesk.platform.probe;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import tw.smartdesk.events.Topic;
import tw.smartdesk.events.contacts.ApplicantContactUpdated;
import tw.smartdesk.platform.inbox.EventHandler;
import tw.smartdesk.platform.inbox.Inbox;

/**
 * The probe consumer of the compacted applicant-contacts topic: keeps one {@code probe_contact} row per
 * applicant, and a tombstone deletes it and records a {@code probe_erasure} row.
 */
@ApplicationScoped
public class ProbeContactsConsumer {

    public static final String CONSUMER = "platform-probe-contacts";

    private static final String KEEP = """
            insert into probe_contact (applicant_ref, event_id) values (:ref, :eventId)
            on conflict (applicant_ref) do update set event_id = excluded.event_id
            """;
    private static final String FORGET = "delete from probe_contact where applicant_ref = :ref";
    private static final String ERASED = "insert into probe_erasure (applicant_ref) values (:ref)";

    private final Inbox inbox;

    ProbeContactsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("probe-contacts")
    @ActivateRequestContext
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.consume(CONSUMER, Topic.APPLICANT_CONTACTS, record,
                EventHandler.on(ApplicantContactUpdated.class, this::keep), this::erase);
    }

    private Uni<Void> keep(ApplicantContactUpdated contact) {
        return Panache.getSession().chain(session -> session.createNativeQuery(KEEP)
                        .setParameter("ref", contact.applicantRef())
                        .setParameter("eventId", contact.eventId())
                        .executeUpdate())
                .replaceWithVoid();
    }

    private Uni<Void> erase(String applicantRef) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FORGET).setParameter("ref", applicantRef)
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery(ERASED).setParameter("ref", applicantRef).executeUpdate()))
                .replaceWithVoid();
    }
}
