package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tw.smartdesk.application.api.ApplicationView;
import tw.smartdesk.application.api.PageView;
import tw.smartdesk.application.api.SubmissionView;
import tw.smartdesk.application.api.TimelineEntryView;
import tw.smartdesk.application.config.ApplicationConfig;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.domain.Masking;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.platform.http.PageRequest;
import tw.smartdesk.security.Roles;

/** What staff and residents read: the clerk work queue, a resident's own applications, one application's timeline. */
@ApplicationScoped
public class ApplicationQueries {

    /** API sort field → entity attribute. */
    public static final Map<String, String> SORTABLE = Map.of(
            "dueDate", "dueDate", "submittedAt", "submittedAt", "status", "status");

    /** Past due means nothing is left to do for the clerk only once the document is ready or the case is closed. */
    private static final Set<ApplicationStatus> NOT_OVERDUE = EnumSet.of(ApplicationStatus.READY_FOR_PICKUP,
            ApplicationStatus.COMPLETED, ApplicationStatus.REJECTED, ApplicationStatus.CANCELLED);

    private static final String FILED_BY = "ownerSubject = :owner";
    private static final String FILED_BY_OR_LINKED = "ownerSubject = :owner or applicantRef in :refs";

    private final ApplicationTransitions transitions;
    private final ApplicationHistory history;
    private final ApplicationForms forms;
    private final ApplicantCrypto crypto;
    private final AccountLinks links;
    private final int workQueueCountLimit;

    ApplicationQueries(ApplicationTransitions transitions, ApplicationHistory history, ApplicationForms forms,
            ApplicantCrypto crypto, AccountLinks links, ApplicationConfig config) {
        this.transitions = transitions;
        this.history = history;
        this.forms = forms;
        this.crypto = crypto;
        this.links = links;
        this.workQueueCountLimit = config.workQueueCountLimit();
    }

    /**
     * The work queue. Every filter is optional and they combine with "and". The total counts matching applications
     * up to {@link ApplicationConfig#workQueueCountLimit()} (a lower bound past it, {@code totalExact} false): the
     * queue's tables grow without end, and an exact count read every matching row on every request.
     *
     * @param overdue true: only applications whose due date (Taiwan time) has passed and whose document is not ready
     */
    @WithSession
    public Uni<PageView<ApplicationView>> workQueue(Set<ApplicationStatus> statuses, String serviceCode, String siteId,
            boolean overdue, PageRequest page) {
        List<QueueFilter> filters = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!statuses.isEmpty()) {
            filters.add(QueueFilter.STATUSES);
            parameters.and("statuses", statuses);
        }
        if (serviceCode != null) {
            filters.add(QueueFilter.SERVICE);
            parameters.and("serviceCode", serviceCode);
        }
        if (siteId != null) {
            filters.add(QueueFilter.SITE);
            parameters.and("siteId", siteId);
        }
        if (overdue) {
            filters.add(QueueFilter.OVERDUE);
            parameters.and("today", WorkingDayCalendar.today()).and("done", NOT_OVERDUE);
        }
        String where = filters.isEmpty() ? "1 = 1" : String.join(" and ", filters.stream().map(QueueFilter::hql).toList());
        PanacheQuery<Application> found = Application.find(where, sortOf(page), parameters);
        return countUpToLimit(filters, parameters).chain(counted -> found.page(Page.of(page.page(), page.size())).list()
                .map(items -> PageView.countedUpTo(items.stream().map(ApplicationView::of).toList(), page.page(),
                        page.size(), counted, workQueueCountLimit)));
    }

    /**
     * A work-queue filter, written once for the page (HQL) and once for the count (SQL), with the same named
     * parameters; the queries are joined from these constants only, so there are sixteen of each, values bound.
     */
    private enum QueueFilter {
        STATUSES("status in :statuses", "status in (:statuses)"),
        SERVICE("serviceCode = :serviceCode", "service_code = :serviceCode"),
        SITE("siteId = :siteId", "site_id = :siteId"),
        OVERDUE("dueDate < :today and status not in :done", "due_date < :today and status not in (:done)");

        private final String hql;
        private final String sql;

        QueueFilter(String hql, String sql) {
            this.hql = hql;
            this.sql = sql;
        }

        String hql() {
            return hql;
        }

        String sql() {
            return sql;
        }
    }

    /**
     * How many applications match, counting at most one past the limit (SQL: HQL allows a limit in a subquery only
     * with an order by, and ordering would read every match again).
     */
    private Uni<Long> countUpToLimit(List<QueueFilter> filters, Parameters parameters) {
        String count = "select count(*) from (select 1 from application"
                + (filters.isEmpty() ? "" : " where " + String.join(" and ", filters.stream().map(QueueFilter::sql).toList()))
                + " limit :countLimit) counted";
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(count, Long.class);
            parameters.map().forEach((name, value) -> query.setParameter(name, sqlValue(value)));
            return query.setParameter("countLimit", workQueueCountLimit + 1).getSingleResult();
        });
    }

    /** Enums as the names the columns hold ({@code @Enumerated(STRING)}); native queries do not convert them. */
    private static Object sqlValue(Object value) {
        if (value instanceof Set<?> set) {
            return set.stream().map(ApplicationQueries::sqlValue).toList();
        }
        return value instanceof Enum<?> constant ? constant.name() : value;
    }

    /**
     * A resident's own applications: those the caller's account filed, and those of the applicants linked to
     * it by a verified identity claim (linking the one the token's claim names first, see {@link AccountLinks}).
     * A session without a transaction, as for every read here: the only write on the way, the link, is one
     * statement (atomic on its own), and BEGIN and COMMIT were two of a read's five round trips.
     */
    @WithSession
    public Uni<PageView<ApplicationView>> mine(Caller caller, PageRequest page) {
        return links.linkedRefs(caller).chain(refs -> refs.isEmpty()
                ? page(Application.find(FILED_BY, sortOf(page), Parameters.with("owner", caller.subject())), page)
                : page(Application.find(FILED_BY_OR_LINKED, sortOf(page),
                        Parameters.with("owner", caller.subject()).and("refs", refs)), page));
    }

    /**
     * One application, for its owner and staff; 404 to anyone else. Both see the form values it was filed
     * with; staff also see who applied (and the proxy), masked, since they handle the case.
     */
    @WithSession
    public Uni<ApplicationView> one(UUID id, Caller caller) {
        return transitions.visible(id, caller).chain(application -> forms.of(application.id).chain(form -> {
            if (!caller.isStaff()) {
                return Uni.createFrom().item(ApplicationView.detailed(application, form, null, null));
            }
            return Applicant.<Applicant>findById(application.applicantRef).map(applicant ->
                    ApplicationView.detailed(application, form, applicantOf(application, applicant, caller),
                            proxyOf(application)));
        }));
    }

    /** Every step of one application, oldest first; clerks and admins also see who acted. */
    @WithSession
    public Uni<List<TimelineEntryView>> timeline(UUID id, Caller caller) {
        boolean audit = caller.has(Roles.CLERK) || caller.has(Roles.ADMIN);
        return transitions.visible(id, caller)
                .chain(application -> history.of(application.id))
                .map(entries -> entries.stream().map(entry -> TimelineEntryView.of(entry, audit)).toList());
    }

    /**
     * The applicant, masked; only the reference once they were erased (or when this service never knew them).
     * Only staff get here, and the reference is still shown to staff only.
     */
    private SubmissionView.ApplicantSummary applicantOf(Application application, Applicant applicant, Caller caller) {
        if (applicant == null) {
            return SubmissionView.ApplicantSummary.shownTo(caller, application.applicantRef, null, null);
        }
        return SubmissionView.ApplicantSummary.shownTo(caller, applicant.applicantRef,
                Masking.nationalId(crypto.open(SealedColumn.APPLICANT_NATIONAL_ID, applicant.applicantRef,
                        applicant.nationalIdEncrypted)),
                Masking.name(crypto.open(SealedColumn.APPLICANT_NAME, applicant.applicantRef, applicant.nameEncrypted)));
    }

    private SubmissionView.ProxySummary proxyOf(Application application) {
        if (application.proxyRelationship == null) {
            return null;
        }
        return new SubmissionView.ProxySummary(Masking.name(crypto.open(SealedColumn.APPLICATION_PROXY_NAME, application.id,
                application.proxyNameEncrypted)),
                application.proxyRelationship, application.proxyIdMasked, application.proxyLetterRef);
    }

    private static Uni<PageView<ApplicationView>> page(PanacheQuery<Application> query, PageRequest page) {
        return query.count().chain(total -> query.page(Page.of(page.page(), page.size())).list()
                .map(items -> new PageView<>(items.stream().map(ApplicationView::of).toList(), page.page(), page.size(), total)));
    }

    /** The requested order, nulls last, with the id as tie-breaker so that pages never overlap. */
    private static Sort sortOf(PageRequest page) {
        Sort.Direction direction = page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        return Sort.by(SORTABLE.get(page.sortField()), direction, Sort.NullPrecedence.NULLS_LAST).and("id");
    }
}
