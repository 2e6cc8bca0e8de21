package tw.smartdesk.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.Residency;

/** One application for one service; several filed together share a submission id. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    /** Pseudonymous reference; the only applicant identity that leaves this service. */
    @Column(name = "applicant_ref", nullable = false)
    public String applicantRef;

    /** Account subject of the resident the application belongs to (who may see it). */
    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Column(name = "service_code", nullable = false)
    public String serviceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    public String township;

    @Column(name = "age_band")
    public String ageBand;

    @Enumerated(EnumType.STRING)
    public Residency residency;

    /** Subject of whoever filed it: the resident, an operator or a clerk. */
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Version
    public int version;
}
