package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import tw.smartdesk.platform.http.PageRequest;
import tw.smartdesk.application.api.PageView;
import tw.smartdesk.application.api.ServiceView;
import tw.smartdesk.application.domain.ServiceDefinition;

/** Lists the catalogue: filtered, searched in both languages, sorted and paged. */
@ApplicationScoped
public class CatalogueSearch {

    /** The fields a catalogue list may be sorted by. */
    public static final Set<String> SORTABLE = Set.of("code", "nameZh", "nameEn", "department", "feeNtd", "processingDays");
    public static final String DEFAULT_SORT = "code,asc";

    private final ServiceCatalogue catalogue;

    CatalogueSearch(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @param withAudit whether the entries show who made them (admins) */
    @WithSession
    public Uni<PageView<ServiceView>> find(CatalogueFilter filter, PageRequest paging, boolean withAudit) {
        Sort sort = Sort.by(paging.sortField(), paging.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending);
        if (!paging.sortField().equals("code")) {
            sort = sort.and("code");
        }
        PanacheQuery<ServiceDefinition> query = ServiceDefinition.find(filter.where(), sort, filter.parameters());
        return query.count().chain(total -> query.page(Page.of(paging.page(), paging.size())).list()
                .map(found -> new PageView<>(found.stream().map(definition -> catalogue.view(definition, withAudit)).toList(),
                        paging.page(), paging.size(), total)));
    }
}
