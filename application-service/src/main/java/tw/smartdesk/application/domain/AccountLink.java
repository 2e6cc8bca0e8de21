package tw.smartdesk.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A citizen account linked to an applicant by a verified identity claim ({@code AccountLinks}). Links are
 * written with one native insert that ignores a link already there; this entity is how they are read, in HQL,
 * so the read's plan is cached once.
 */
@Entity
@Table(name = "applicant_account_link")
@IdClass(AccountLink.Key.class)
public class AccountLink extends PanacheEntityBase {

    @Id
    @Column(name = "applicant_ref")
    public String applicantRef;

    @Id
    @Column(name = "account_subject")
    public String accountSubject;

    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt;

    /** The composite key: one link per applicant and account. */
    public static class Key implements Serializable {
        public String applicantRef;
        public String accountSubject;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.applicantRef, applicantRef)
                    && Objects.equals(key.accountSubject, accountSubject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicantRef, accountSubject);
        }
    }
}
