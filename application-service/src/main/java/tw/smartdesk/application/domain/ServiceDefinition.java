package tw.smartdesk.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import tw.smartdesk.events.locker.CompartmentSize;

/**
 * One version of a catalogue service. A change by an admin adds a version and moves {@code current};
 * applications keep the version they were filed under.
 */
@Entity
@Table(name = "service_definition")
@IdClass(ServiceDefinition.Key.class)
public class ServiceDefinition extends PanacheEntityBase {

    @Id
    public String code;

    @Id
    public int version;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String department;

    @Column(name = "fee_ntd", nullable = false)
    public int feeNtd;

    /** Working days from submission to a ready document. */
    @Column(name = "processing_days", nullable = false)
    public int processingDays;

    /** JSON array of the form fields the service needs: {@code [{"name","label","pattern","required"}]}. */
    @Column(name = "required_fields", nullable = false)
    public String requiredFields;

    /** JSON array of the documents the service needs: {@code [{"code","label"}]}. */
    @Column(name = "required_documents", nullable = false)
    public String requiredDocuments;

    @Column(name = "proxy_allowed", nullable = false)
    public boolean proxyAllowed;

    @Enumerated(EnumType.STRING)
    @Column(name = "compartment_size", nullable = false)
    public CompartmentSize compartmentSize;

    /** Days the document waits at the Smart Desk before it returns to the counter. */
    @Column(name = "pickup_window_days", nullable = false)
    public int pickupWindowDays;

    /** Whether the document may be collected at the 24-hour Smart Desk (otherwise counter only). */
    @Column(name = "smart_desk_pickup", nullable = false)
    public boolean smartDeskPickup;

    public boolean retired;

    /** Whether this is the version new applications are filed under. */
    public boolean current;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /**
     * The version that follows this one: the same terms, numbered one higher, current, recorded as
     * changed by {@code changedBy} now. The caller applies the change to it.
     */
    public ServiceDefinition nextVersion(String changedBy) {
        ServiceDefinition next = new ServiceDefinition();
        next.code = code;
        next.version = version + 1;
        next.nameZh = nameZh;
        next.nameEn = nameEn;
        next.department = department;
        next.feeNtd = feeNtd;
        next.processingDays = processingDays;
        next.requiredFields = requiredFields;
        next.requiredDocuments = requiredDocuments;
        next.proxyAllowed = proxyAllowed;
        next.compartmentSize = compartmentSize;
        next.pickupWindowDays = pickupWindowDays;
        next.smartDeskPickup = smartDeskPickup;
        next.retired = retired;
        next.current = true;
        next.changedBy = changedBy;
        next.changedAt = Instant.now();
        return next;
    }

    /** Composite key: code and version. */
    public static class Key implements Serializable {
        public String code;
        public int version;

        public Key() {
        }

        public Key(String code, int version) {
            this.code = code;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.version == version && Objects.equals(key.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, version);
        }
    }
}
