package tw.smartdesk.reservation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import tw.smartdesk.reservation.domain.Site;

@ApplicationScoped
public class SiteRepository implements PanacheRepositoryBase<Site, String> {

    public Uni<List<Site>> listByCode() {
        return listAll(Sort.by("id"));
    }
}
