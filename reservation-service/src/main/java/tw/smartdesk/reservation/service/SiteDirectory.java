package tw.smartdesk.reservation.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.reservation.api.SiteView;
import tw.smartdesk.reservation.domain.Counter;
import tw.smartdesk.reservation.domain.OpeningHours;
import tw.smartdesk.reservation.domain.Site;
import tw.smartdesk.reservation.repository.CounterRepository;
import tw.smartdesk.reservation.repository.OpeningHoursRepository;
import tw.smartdesk.reservation.repository.SiteRepository;

/** Reads sites together with their opening hours and counters. */
@ApplicationScoped
public class SiteDirectory {

    private final SiteRepository sites;
    private final OpeningHoursRepository openingHours;
    private final CounterRepository counters;

    SiteDirectory(SiteRepository sites, OpeningHoursRepository openingHours, CounterRepository counters) {
        this.sites = sites;
        this.openingHours = openingHours;
        this.counters = counters;
    }

    @WithSession
    public Uni<List<SiteView>> list() {
        return sites.listByCode().chain(this::describe);
    }

    /** One site; a 404 problem when there is no such site. */
    @WithSession
    public Uni<SiteView> get(String id) {
        return sites.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Site", id))
                .chain(site -> describe(List.of(site)))
                .map(views -> views.get(0));
    }

    private Uni<List<SiteView>> describe(List<Site> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> ids = found.stream().map(site -> site.id).toList();
        return openingHours.ofSites(ids).chain(hours -> counters.activeAt(ids).map(desks -> {
            Map<String, List<OpeningHours>> hoursBySite = hours.stream()
                    .collect(Collectors.groupingBy(period -> period.siteId));
            Map<String, List<Counter>> countersBySite = desks.stream()
                    .collect(Collectors.groupingBy(counter -> counter.siteId));
            return found.stream()
                    .map(site -> SiteView.of(site, hoursBySite.getOrDefault(site.id, List.of()),
                            countersBySite.getOrDefault(site.id, List.of())))
                    .toList();
        }));
    }
}
