package tw.smartdesk.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.application.ApplicationChannel;

/**
 * One step in an application's life: the timeline residents see and the audit trail staff need
 * (the actor's subject is shown to staff only).
 */
@Entity
@Table(name = "application_history")
public class ApplicationHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(nullable = false)
    public Instant at;

    /** SUBMITTED, ACCEPT, REQUEST_SUPPLEMENT, ..., PICKUP_METHOD_CHANGED, FEEDBACK, ERASED. */
    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ApplicationStatus toStatus;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    /** citizen, clerk, operator, kiosk, admin, or system for event-driven changes. */
    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    /** The channel of this step (not necessarily the one the application was filed through); null for system steps. */
    @Enumerated(EnumType.STRING)
    public ApplicationChannel channel;

    /** A short, non-personal note (reason code, supplement list, compartment size). */
    public String detail;

    /**
     * Free text staff wrote for the resident (supplement instruction, rejection explanation), at most 500
     * characters. Unlike {@link #detail} it may name people, so it never leaves this service and erasure
     * clears it.
     */
    public String note;
}
