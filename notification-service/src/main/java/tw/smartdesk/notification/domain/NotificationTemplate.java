package tw.smartdesk.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.contacts.ContactLocale;

/** The text of one message in one language, with {@code {name}} placeholders. */
@Entity
@Table(name = "notification_template")
public class NotificationTemplate {

    @Id
    public UUID id;

    /** The key events and commands name, such as {@code pickup-code}. */
    @Column(name = "template_key", nullable = false)
    public String key;

    @Convert(converter = ContactLocaleConverter.class)
    @Column(nullable = false)
    public ContactLocale locale;

    /** E-mail subject and inbox title. */
    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /** What the sender must fill in, from subject and body. */
    public List<String> placeholders() {
        return Placeholders.in(subject, body);
    }
}
