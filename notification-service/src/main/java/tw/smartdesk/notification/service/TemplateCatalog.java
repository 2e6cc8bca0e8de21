package tw.smartdesk.notification.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import tw.smartdesk.events.contacts.ContactLocale;
import tw.smartdesk.notification.api.TemplateView;
import tw.smartdesk.notification.domain.NoSuchTemplate;
import tw.smartdesk.notification.repository.TemplateRepository;

/** Reads message templates. */
@ApplicationScoped
public class TemplateCatalog {

    private final TemplateRepository templates;

    TemplateCatalog(TemplateRepository templates) {
        this.templates = templates;
    }

    @WithSession
    public Uni<List<TemplateView>> inLocale(ContactLocale locale) {
        return templates.inLocale(locale).map(found -> found.stream().map(TemplateView::of).toList());
    }

    /** One template; a 404 problem when there is none with this key in this language. */
    @WithSession
    public Uni<TemplateView> get(String key, ContactLocale locale) {
        return templates.find(key, locale)
                .onItem().ifNull().failWith(() -> new NoSuchTemplate(key, locale))
                .map(TemplateView::of);
    }
}
