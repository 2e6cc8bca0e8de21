package tw.smartdesk.locker.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A bank of Smart Desk compartments at a site, open to residents 24 hours. */
@Entity
@Table(name = "locker")
public class Locker {

    @Id
    public UUID id;

    /** The site as reservation-service and the events name it, such as {@code TTCSC-MAIN}. */
    @Column(name = "site_id", nullable = false)
    public String siteId;

    /** Printed on the bank and the prefix of its compartment labels ({@code A} in {@code A-12}). */
    @Column(nullable = false)
    public String code;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** Where residents find it. */
    @Column(name = "location_zh", nullable = false)
    public String locationZh;

    @Column(name = "location_en", nullable = false)
    public String locationEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LockerStatus status;

    @Version
    public int version;

    public boolean inService() {
        return status == LockerStatus.IN_SERVICE;
    }
}
