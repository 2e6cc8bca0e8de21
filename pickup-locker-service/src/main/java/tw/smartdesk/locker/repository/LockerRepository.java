package tw.smartdesk.locker.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.locker.domain.Locker;

@ApplicationScoped
public class LockerRepository implements PanacheRepositoryBase<Locker, UUID> {

    public Uni<List<Locker>> atSite(String siteId) {
        return list("siteId", Sort.by("code"), siteId);
    }
}
