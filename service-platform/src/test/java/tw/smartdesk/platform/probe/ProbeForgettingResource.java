package tw.smartdesk.platform.probe;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.Topic;
import tw.smartdesk.events.contacts.ApplicantContactUpdated;
import tw.smartdesk.events.contacts.ContactLocale;
import tw.smartdesk.events.notification.DeliveryChannel;
import tw.smartdesk.platform.http.IdempotentRequests;
import tw.smartdesk.platform.outbox.Outbox;

/**
 * The probe application's privacy side: a restricted-topic event with (fake) contact details, and
 * the forgetting operations erasure relies on ({@link Outbox#forget},
 * {@link IdempotentRequests#forgetResponsesMentioning}, {@link IdempotentRequests#forgetScopesOf}).
 */
@Path("/probe")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeForgettingResource {

    /** Fake contact details for {@code applicantRef}; with {@code forgetInSameTransaction} the row is forgotten before commit. */
    public record WriteContacts(@NotBlank String applicantRef, @NotBlank String phone, boolean forgetInSameTransaction) {
    }

    /** The event written, and how many outbox rows the same transaction forgot afterwards. */
    public record ContactsWritten(UUID eventId, int forgotten) {
    }

    public record Forgotten(int rows) {
    }

    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;

    ProbeForgettingResource(Outbox outbox, IdempotentRequests idempotentRequests) {
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    @POST
    @Path("/contacts")
    @WithTransaction
    public Uni<ContactsWritten> writeContacts(@Valid @NotNull WriteContacts request) {
        ApplicantContactUpdated event = new ApplicantContactUpdated(UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), request.applicantRef(), request.phone(),
                request.applicantRef().toLowerCase() + "@probe.example.tw", null, ContactLocale.ZH_TW,
                List.of(DeliveryChannel.SMS), null);
        Uni<Integer> forgotten = outbox.record(event).chain(() -> request.forgetInSameTransaction()
                ? outbox.forget(Topic.APPLICANT_CONTACTS, request.applicantRef())
                : Uni.createFrom().item(0));
        return forgotten.map(rows -> new ContactsWritten(event.eventId(), rows));
    }

    /** A tombstone for {@code applicantRef} on applicant-contacts, as erasure writes it. */
    @POST
    @Path("/contacts/{applicantRef}/tombstone")
    @WithTransaction
    public Uni<Void> tombstone(@PathParam("applicantRef") String applicantRef) {
        return outbox.recordTombstone(Topic.APPLICANT_CONTACTS, applicantRef);
    }

    @DELETE
    @Path("/outbox/{topic}/{key}")
    @WithTransaction
    public Uni<Forgotten> forgetOutbox(@PathParam("topic") String topic, @PathParam("key") String key) {
        return outbox.forget(Topic.byName(topic), key).map(Forgotten::new);
    }

    @DELETE
    @Path("/idempotency/responses")
    @WithTransaction
    public Uni<Forgotten> forgetResponses(@QueryParam("mentioning") String applicantRef) {
        return idempotentRequests.forgetResponsesMentioning(applicantRef).map(Forgotten::new);
    }

    @DELETE
    @Path("/idempotency/scopes")
    @WithTransaction
    public Uni<Forgotten> forgetScopes(@QueryParam("subject") String subject) {
        return idempotentRequests.forgetScopesOf(subject).map(Forgotten::new);
    }
}
