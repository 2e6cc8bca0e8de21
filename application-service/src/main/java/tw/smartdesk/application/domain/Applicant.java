package tw.smartdesk.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import tw.smartdesk.events.application.Residency;
import tw.smartdesk.events.application.Township;

/**
 * A resident who applied. Personal data is sealed at rest ({@code ApplicantCrypto}: AES-GCM, bound to this
 * row); the ID number is found through a keyed hash. Erasure clears every personal column and keeps the anonymous reference.
 */
@Entity
@Table(name = "applicant")
public class Applicant extends PanacheEntityBase {

    /** Pseudonymous reference, the only identity that leaves this service. */
    @Id
    @Column(name = "applicant_ref")
    public String applicantRef;

    /** HMAC-SHA256 of the normalised ID number, for look-up; null once erased. */
    @Column(name = "id_hash")
    public String idHash;

    /** Id of the hash key {@link #idHash} was made under (null: before key rings); the re-hash renews it. */
    @Column(name = "id_hash_key")
    public String idHashKey;

    @Column(name = "national_id_enc")
    public byte[] nationalIdEncrypted;

    @Column(name = "name_enc")
    public byte[] nameEncrypted;

    @Column(name = "phone_enc")
    public byte[] phoneEncrypted;

    @Column(name = "email_enc")
    public byte[] emailEncrypted;

    @Column(name = "line_id_enc")
    public byte[] lineIdEncrypted;

    /** zh-TW or en. */
    public String locale;

    /** Comma-separated delivery channels in order of preference (SMS, EMAIL, LINE, INBOX). */
    @Column(name = "channel_preferences")
    public String channelPreferences;

    /** The birth date (ISO), sealed; what the phone desk's look-up compares. Null once erased. */
    @Column(name = "birth_date_enc")
    public byte[] birthDateEncrypted;

    /** Township of residence, a code from the county's list (or OUTSIDE_COUNTY); null when unknown. */
    @Enumerated(EnumType.STRING)
    public Township township;

    @Column(name = "age_band")
    public String ageBand;

    @Enumerated(EnumType.STRING)
    public Residency residency;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "erased_at")
    public Instant erasedAt;
}
