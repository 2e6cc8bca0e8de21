package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tw.smartdesk.application.config.ApplicationConfig;
import tw.smartdesk.application.domain.ServiceDefinition;

/**
 * The current catalogue version of each service, kept in memory: filing reads it for every service of every
 * submission, and it changes only when an administrator changes the catalogue. A change made through this
 * instance is seen at once ({@link #changed}, called after the change commits); one made through another
 * instance within {@code smartdesk.application.catalogue-cache-ttl}. A load that began before the last
 * change of its code is used but not kept, so a read racing a change cannot keep the old version.
 * The cached entities are detached: read them, never persist them.
 */
@ApplicationScoped
public class CurrentServices {

    private static final String CURRENT = "code = ?1 and current = true";

    private record Entry(ServiceDefinition definition, long loadedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    private final long ttlNanos;

    CurrentServices(ApplicationConfig config) {
        this.ttlNanos = config.catalogueCacheTtl().toNanos();
    }

    /**
     * The current version of the service with this code; null when there is none. A load reads in the caller's
     * session, or in one of its own when none is open (filing checks before its transaction).
     */
    public Uni<ServiceDefinition> find(String code) {
        long now = System.nanoTime();
        Entry entry = entries.get(code);
        if (entry != null && now - entry.loadedAt() < ttlNanos) {
            return Uni.createFrom().item(entry.definition());
        }
        return Panache.withSession(() -> ServiceDefinition.<ServiceDefinition>find(CURRENT, code).<ServiceDefinition>firstResult()).invoke(definition -> {
            Long changed = changedAt.get(code);
            if (definition != null && (changed == null || changed - now < 0)) {
                entries.put(code, new Entry(definition, now));
            }
        });
    }

    /** Forgets what is kept for this code; call after a change of the service has committed. */
    public void changed(String code) {
        changedAt.put(code, System.nanoTime());
        entries.remove(code);
    }
}
