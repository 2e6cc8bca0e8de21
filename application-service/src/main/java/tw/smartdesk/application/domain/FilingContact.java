package tw.smartdesk.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Contact details given in one filing that could not change the applicant's stored ones; encrypted. */
@Entity
@Table(name = "filing_contact")
public class FilingContact extends PanacheEntityBase {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "applicant_ref", nullable = false)
    public String applicantRef;

    @Column(name = "phone_enc")
    public byte[] phoneEncrypted;

    @Column(name = "email_enc")
    public byte[] emailEncrypted;

    @Column(name = "line_id_enc")
    public byte[] lineIdEncrypted;

    public String locale;

    @Column(name = "channel_preferences")
    public String channelPreferences;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
