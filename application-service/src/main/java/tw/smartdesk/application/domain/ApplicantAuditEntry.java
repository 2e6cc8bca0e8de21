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
import tw.smartdesk.events.application.ApplicationChannel;

/**
 * One change of an applicant's stored identity or contacts, or one account link: who (subject and role),
 * through which channel, and the names of the fields that changed, never their values.
 */
@Entity
@Table(name = "applicant_audit")
public class ApplicantAuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "applicant_ref", nullable = false)
    public String applicantRef;

    @Column(nullable = false)
    public Instant at;

    /** REGISTERED, CHANGED or LINKED. */
    @Column(nullable = false)
    public String action;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Enumerated(EnumType.STRING)
    public ApplicationChannel channel;

    /** Comma-separated field names, e.g. {@code name,phone}; null for a link. */
    public String changed;
}
