package tw.smartdesk.reservation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import tw.smartdesk.events.reservation.ReservationPurpose;

/** A service counter of a site, and what reserved visits it takes. */
@Entity
@Table(name = "counter")
public class Counter {

    @Id
    public UUID id;

    @Column(name = "site_id", nullable = false)
    public String siteId;

    /** The number shown above the counter. */
    @Column(nullable = false)
    public String code;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "serves_apply", nullable = false)
    public boolean servesApply;

    @Column(name = "serves_pickup", nullable = false)
    public boolean servesPickup;

    @Column(nullable = false)
    public boolean active;

    @Version
    public int version;

    /** The reservation purposes this counter serves. */
    public Set<ReservationPurpose> purposes() {
        Set<ReservationPurpose> purposes = EnumSet.noneOf(ReservationPurpose.class);
        if (servesApply) {
            purposes.add(ReservationPurpose.APPLY);
        }
        if (servesPickup) {
            purposes.add(ReservationPurpose.PICKUP);
        }
        return purposes;
    }
}
