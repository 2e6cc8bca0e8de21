package tw.smartdesk.reservation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A place where residents are served, named in Traditional Chinese and English. */
@Entity
@Table(name = "site")
public class Site {

    /** Stable code that events carry as {@code siteId}, such as {@code TTCSC-MAIN}. */
    @Id
    public String id;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "address_zh", nullable = false)
    public String addressZh;

    @Column(name = "address_en", nullable = false)
    public String addressEn;

    /** Phone desk; operators also book reservations on callers' behalf through it. */
    @Column(nullable = false)
    public String phone;

    /** IANA zone in which opening hours are meant. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Version
    public int version;
}
