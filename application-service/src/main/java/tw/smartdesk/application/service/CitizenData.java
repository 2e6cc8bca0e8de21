package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tw.smartdesk.application.api.ApplicationView;
import tw.smartdesk.application.api.ErasureRequestView;
import tw.smartdesk.application.api.MyDataView;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.application.domain.Masking;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.platform.sql.CommittedReads;
import tw.smartdesk.platform.http.ProblemException;

/**
 * A citizen's access to their own data and their request to be erased. Both rest on the account's verified
 * link to the applicant ({@link AccountLinks}): without it the account only sees its own filings and cannot
 * ask for anyone's erasure, since knowing an ID number proves nothing. An administrator carries a request
 * out with {@code DELETE /applicants/{applicantRef}}, which removes it.
 */
@ApplicationScoped
public class CitizenData {

    private static final String LINKED = "applicantRef in :refs and erasedAt is null";
    private static final String VISIBLE = "ownerSubject = :owner or applicantRef in :refs";
    private static final String REQUEST = "insert into erasure_request (id, applicant_ref, requested_by, requested_at)"
            + " values (:id, :ref, :subject, :at) on conflict (applicant_ref, requested_by) do nothing";
    private static final String REQUESTS = "select applicant_ref, requested_at from erasure_request order by requested_at, id";

    private final AccountLinks links;
    private final ApplicantCrypto crypto;
    private final CommittedReads reads;

    CitizenData(AccountLinks links, ApplicantCrypto crypto, CommittedReads reads) {
        this.links = links;
        this.crypto = crypto;
        this.reads = reads;
    }

    @WithTransaction
    public Uni<MyDataView> of(Caller caller) {
        return links.linkedRefs(caller).chain(refs -> linked(refs).chain(applicants ->
                Application.<Application>find(refs.isEmpty() ? "ownerSubject = :owner" : VISIBLE,
                                Sort.descending("submittedAt").and("id"), parameters(caller, refs)).list()
                        .map(applications -> new MyDataView(applicants.stream().map(this::dataOf).toList(),
                                applications.stream().map(ApplicationView::of).toList()))));
    }

    /** Records the request for every applicant linked to the caller; 422 {@code verified-identity-required} without one. */
    @WithTransaction
    public Uni<ErasureRequestView> requestErasure(Caller caller) {
        Instant at = Instant.now();
        return links.linkedRefs(caller).chain(refs -> {
            if (refs.isEmpty()) {
                throw ProblemException.ruleBroken("verified-identity-required", "Verified identity required",
                        "Log in with your citizen digital certificate or mobile ID to ask for the erasure of your data");
            }
            Uni<Integer> recorded = Uni.createFrom().item(0);
            for (String ref : refs) {
                recorded = recorded.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(REQUEST)
                        .setParameter("id", UUID.randomUUID()).setParameter("ref", ref)
                        .setParameter("subject", caller.subject()).setParameter("at", at).executeUpdate()));
            }
            return recorded.replaceWith(new ErasureRequestView(null, at));
        });
    }

    /** Open requests, oldest first, for administrators. */
    public Uni<List<ErasureRequestView>> openRequests() {
        return reads.rows(REQUESTS)
                .map(rows -> rows.stream().map(row -> new ErasureRequestView(row.getString(0),
                        row.getOffsetDateTime(1).toInstant())).toList());
    }

    private static Uni<List<Applicant>> linked(Set<String> refs) {
        return refs.isEmpty() ? Uni.createFrom().item(List.of())
                : Applicant.<Applicant>list(LINKED, Parameters.with("refs", refs));
    }

    private static Parameters parameters(Caller caller, Set<String> refs) {
        Parameters parameters = Parameters.with("owner", caller.subject());
        return refs.isEmpty() ? parameters : parameters.and("refs", refs);
    }

    private MyDataView.ApplicantData dataOf(Applicant applicant) {
        String ref = applicant.applicantRef;
        String phone = crypto.open(SealedColumn.APPLICANT_PHONE, ref, applicant.phoneEncrypted);
        String email = crypto.open(SealedColumn.APPLICANT_EMAIL, ref, applicant.emailEncrypted);
        return new MyDataView.ApplicantData(
                Masking.nationalId(crypto.open(SealedColumn.APPLICANT_NATIONAL_ID, ref, applicant.nationalIdEncrypted)),
                Masking.name(crypto.open(SealedColumn.APPLICANT_NAME, ref, applicant.nameEncrypted)),
                phone == null ? null : phone.substring(0, 5) + "****" + phone.substring(phone.length() - 3),
                email == null ? null : email.charAt(0) + "***" + email.substring(email.indexOf('@')),
                applicant.lineIdEncrypted != null, applicant.locale, applicant.channelPreferences, applicant.township,
                applicant.ageBand, applicant.residency);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
