package tw.smartdesk.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The owner's satisfaction rating of a completed application: at most one per application. */
@Entity
@Table(name = "application_feedback")
public class ApplicationFeedback extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    /** 1 (very dissatisfied) to 5 (very satisfied). */
    @Column(nullable = false)
    public int score;

    /** Free text of at most 500 characters; null when the resident wrote nothing. */
    public String comment;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;
}
