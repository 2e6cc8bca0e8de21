package tw.smartdesk.reservation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import tw.smartdesk.reservation.domain.OpeningHours;

@ApplicationScoped
public class OpeningHoursRepository implements PanacheRepositoryBase<OpeningHours, Long> {

    /** The weekly hours of the given sites, Monday first, earliest period first. */
    public Uni<List<OpeningHours>> ofSites(Collection<String> siteIds) {
        return list("siteId in ?1", Sort.by("siteId").and("isoDayOfWeek").and("opensAt"), siteIds);
    }
}
