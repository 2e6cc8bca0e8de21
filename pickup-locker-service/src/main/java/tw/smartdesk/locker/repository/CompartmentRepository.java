package tw.smartdesk.locker.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.locker.domain.Compartment;
import tw.smartdesk.locker.domain.CompartmentStatus;

@ApplicationScoped
public class CompartmentRepository implements PanacheRepositoryBase<Compartment, UUID> {

    private static final String TALLY = """
            select new tw.smartdesk.locker.repository.CompartmentTally(
                c.lockerId, c.size, count(*), count(*) filter (where c.status = :free))
            from Compartment c
            where c.lockerId in :lockerIds
            group by c.lockerId, c.size
            """;

    /** Per locker and size: how many compartments there are and how many are free; counted by the database. */
    public Uni<List<CompartmentTally>> tally(Collection<UUID> lockerIds) {
        return getSession().chain(session -> session.createSelectionQuery(TALLY, CompartmentTally.class)
                .setParameter("free", CompartmentStatus.FREE)
                .setParameter("lockerIds", lockerIds)
                .getResultList());
    }
}
