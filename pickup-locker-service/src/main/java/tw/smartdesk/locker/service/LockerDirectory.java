package tw.smartdesk.locker.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import tw.smartdesk.locker.api.LockerView;
import tw.smartdesk.locker.domain.Locker;
import tw.smartdesk.locker.domain.NoLockersAtSite;
import tw.smartdesk.locker.domain.SizeCapacity;
import tw.smartdesk.locker.repository.CompartmentRepository;
import tw.smartdesk.locker.repository.CompartmentTally;
import tw.smartdesk.locker.repository.LockerRepository;

/** Reads the lockers of a site with their capacity per compartment size. */
@ApplicationScoped
public class LockerDirectory {

    private final LockerRepository lockers;
    private final CompartmentRepository compartments;

    LockerDirectory(LockerRepository lockers, CompartmentRepository compartments) {
        this.lockers = lockers;
        this.compartments = compartments;
    }

    /** The site's lockers by code; a 404 problem when the site has none. */
    @WithSession
    public Uni<List<LockerView>> atSite(String siteId) {
        return lockers.atSite(siteId).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(new NoLockersAtSite(siteId));
            }
            List<UUID> ids = found.stream().map(locker -> locker.id).toList();
            return compartments.tally(ids).map(tallies -> describe(found, tallies));
        });
    }

    private static List<LockerView> describe(List<Locker> found, List<CompartmentTally> tallies) {
        Map<UUID, List<SizeCapacity>> byLocker = tallies.stream().collect(Collectors.groupingBy(
                CompartmentTally::lockerId, Collectors.mapping(CompartmentTally::capacity, Collectors.toList())));
        return found.stream()
                .map(locker -> LockerView.of(locker,
                        SizeCapacity.everySize(byLocker.getOrDefault(locker.id, List.of()), locker.inService())))
                .toList();
    }
}
