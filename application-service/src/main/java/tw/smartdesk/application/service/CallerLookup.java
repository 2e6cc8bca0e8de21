package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.application.api.ApplicationView;
import tw.smartdesk.application.api.CallerLookupRequest;
import tw.smartdesk.application.api.PageView;
import tw.smartdesk.application.domain.Applicant;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.NationalIds;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;

/**
 * The phone desk's look-up: a caller's applications found by what the caller tells the operator (ID number
 * and birth date, or an application id), instead of paging through the clerks' work queue. An ID number
 * with the wrong birth date finds nothing, exactly like an unknown one, so the look-up confirms no number.
 */
@ApplicationScoped
public class CallerLookup {

    /** The most applications one look-up answers, newest first. */
    static final int LIMIT = 50;

    private static final String OF_APPLICANT = "applicantRef = :ref";
    private static final String KNOWN_APPLICANT = "idHash in ?1 and erasedAt is null";

    private final ApplicantCrypto crypto;

    CallerLookup(ApplicantCrypto crypto) {
        this.crypto = crypto;
    }

    @WithSession
    public Uni<PageView<ApplicationView>> find(CallerLookupRequest request) {
        return Uni.createFrom().item(request).invoke(CallerLookup::check)
                .chain(checked -> checked.applicationId() != null ? byId(checked.applicationId()) : byPerson(checked));
    }

    private Uni<PageView<ApplicationView>> byPerson(CallerLookupRequest request) {
        String nationalId = NationalIds.normalise(request.nationalId());
        return Applicant.<Applicant>find(KNOWN_APPLICANT, crypto.idHashCandidates(nationalId)).firstResult().chain(applicant ->
                applicant == null || !bornOn(crypto, applicant, request.birthDate()) ? Uni.createFrom().item(empty())
                        : Application.<Application>find(OF_APPLICANT, Sort.descending("submittedAt").and("id"),
                                Parameters.with("ref", applicant.applicantRef)).page(Page.ofSize(LIMIT)).list()
                                .map(CallerLookup::pageOf));
    }

    /**
     * Whether the applicant's sealed birth date is {@code birthDate} (never while none is sealed); {@link PersonResolver}
     * checks callers the same way.
     */
    static boolean bornOn(ApplicantCrypto crypto, Applicant applicant, LocalDate birthDate) {
        return birthDate.toString().equals(crypto.open(SealedColumn.APPLICANT_BIRTH_DATE, applicant.applicantRef,
                applicant.birthDateEncrypted));
    }

    private static Uni<PageView<ApplicationView>> byId(UUID id) {
        return Application.<Application>findById(id)
                .map(found -> found == null ? empty() : pageOf(List.of(found)));
    }

    private static PageView<ApplicationView> pageOf(List<Application> applications) {
        return new PageView<>(applications.stream().map(ApplicationView::of).toList(), 0, LIMIT, applications.size());
    }

    private static PageView<ApplicationView> empty() {
        return new PageView<>(List.of(), 0, LIMIT, 0);
    }

    /** 400 listing every problem: either an application id, or a valid ID number with a birth date. */
    private static void check(CallerLookupRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        boolean byId = request != null && request.applicationId() != null;
        boolean byPerson = request != null && (request.nationalId() != null || request.birthDate() != null);
        if (byId == byPerson) {
            violations.add(new Problem.Violation("", "give either applicationId, or nationalId and birthDate"));
        } else if (byPerson) {
            violations.addAll(personViolations(request.nationalId(), request.birthDate()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations.size() + " rule(s) broken", violations);
        }
    }

    /** Every rule broken by the ID number and birth date a caller gave: both required, the number valid. */
    static List<Problem.Violation> personViolations(String nationalId, LocalDate birthDate) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (birthDate == null) {
            violations.add(new Problem.Violation("birthDate", "must not be null"));
        }
        if (nationalId == null) {
            violations.add(new Problem.Violation("nationalId", "must not be null"));
        } else {
            NationalIds.problem(nationalId).ifPresent(p -> violations.add(new Problem.Violation("nationalId", p)));
        }
        return violations;
    }
}
