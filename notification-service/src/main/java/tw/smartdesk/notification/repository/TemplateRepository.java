package tw.smartdesk.notification.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.events.contacts.ContactLocale;
import tw.smartdesk.notification.domain.NotificationTemplate;

@ApplicationScoped
public class TemplateRepository implements PanacheRepositoryBase<NotificationTemplate, UUID> {

    public Uni<List<NotificationTemplate>> inLocale(ContactLocale locale) {
        return list("locale", Sort.by("key"), locale);
    }

    /** The template, or null. */
    public Uni<NotificationTemplate> find(String key, ContactLocale locale) {
        return find("key = ?1 and locale = ?2", key, locale).firstResult();
    }
}
