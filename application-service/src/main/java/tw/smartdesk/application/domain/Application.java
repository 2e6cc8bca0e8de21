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
import java.time.LocalDate;
import java.util.UUID;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.PickupMethod;
import tw.smartdesk.events.application.Residency;
import tw.smartdesk.events.application.Township;
import tw.smartdesk.events.locker.CompartmentSize;

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

    /** Account subject of the resident the application belongs to (who may see it); null if they have no account. */
    @Column(name = "owner_subject")
    public String ownerSubject;

    @Column(name = "service_code", nullable = false)
    public String serviceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    /** Township of residence, a code from the county's list (or OUTSIDE_COUNTY); null when unknown. */
    @Enumerated(EnumType.STRING)
    public Township township;

    @Column(name = "age_band")
    public String ageBand;

    @Enumerated(EnumType.STRING)
    public Residency residency;

    /** Subject of whoever filed it: the resident, an operator or a clerk. */
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** The catalogue version the application was filed under. */
    @Column(name = "service_version")
    public Integer serviceVersion;

    /** A proxy applicant's name, encrypted (AES-GCM); null when the resident applied in person. */
    @Column(name = "proxy_name_enc")
    public byte[] proxyNameEncrypted;

    @Column(name = "proxy_relationship")
    public String proxyRelationship;

    /** The proxy's ID number, masked (e.g. A*******89); the full number is never stored for a proxy. */
    @Column(name = "proxy_id_masked")
    public String proxyIdMasked;

    /** Reference of the authorisation letter the proxy presented. */
    @Column(name = "proxy_letter_ref")
    public String proxyLetterRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "pickup_method", nullable = false)
    public PickupMethod pickupMethod = PickupMethod.SMART_DESK;

    @Column(name = "site_id")
    public String siteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "compartment_size")
    public CompartmentSize compartmentSize;

    /** When the document should be ready: submission + processing days on the working-day calendar. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The agent-service reservation that asked for it (channel AGENT). */
    @Column(name = "reservation_id")
    public UUID reservationId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Optimistic lock: two clerks acting at once cannot both win. */
    @Version
    public int version;
}
