package tw.smartdesk.reservation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.reservation.domain.Counter;

@ApplicationScoped
public class CounterRepository implements PanacheRepositoryBase<Counter, UUID> {

    /** Counters in service at the given sites, in numeric order of their codes (2 before 10). */
    public Uni<List<Counter>> activeAt(Collection<String> siteIds) {
        return list("siteId in ?1 and active = true order by siteId, length(code), code", siteIds);
    }
}
