package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static tw.smartdesk.application.filing.PersonResolves.asStaff;
import static tw.smartdesk.application.filing.PersonResolves.asVerified;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.api.PersonResolveRequest;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.application.keys.TestRings;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * {@code POST /internal/persons/resolve}: the person behind reservation-service's end user, as an applicantRef that
 * is the same whichever channel resolves them. A citizen resolves only themself, by their verified login, and is
 * linked; staff name a caller by ID number and birth date, and link no one. The test profile's claim is the keyed hash
 * (KEYED_HASH); {@link PersonResolveRawClaimTest} covers a claim that carries the number itself.
 */
@QuarkusTest
class PersonResolveTest {

    private static final String NO_PERSON = "No person with that ID number and birth date";

    private final ApplicantCrypto ring = TestRings.of(TestRings.dataKeys(), TestRings.hashKeys());

    @Test
    void aVerifiedCitizenWhoFiledBeforeResolvesToTheRefOfTheirApplicationsAndIsLinkedOnce() {
        Resident resident = Resident.random();
        String byPhone = filedByPhone(resident);
        String ref = refOf(byPhone);
        String account = citizen();

        asVerified(account, resident).statusCode(200).body("applicantRef", equalTo(ref), "registered", equalTo(false));
        asVerified(account, resident).statusCode(200).body("applicantRef", equalTo(ref), "registered", equalTo(false));

        assertThat(Db.column("select account_subject from applicant_account_link where applicant_ref = ?", ref))
                .containsExactly(account);
        assertThat(Db.auditOf(ref)).filteredOn(entry -> entry.startsWith("LINKED"))
                .containsExactly("LINKED " + account + " citizen - -");
        given().header("Authorization", TestTokens.bearer(account, Roles.CITIZEN)).when().get("/applications/mine")
                .then().statusCode(200).body("items.id", hasItem(byPhone));
    }

    @Test
    void aVerifiedResidentWhoNeverFiledIsRegisteredWithNothingButTheHashAndResolvesToThatRefAgain() {
        Resident resident = Resident.random();
        String account = citizen();

        String ref = asVerified(account, resident).statusCode(200).body("registered", equalTo(true))
                .extract().path("applicantRef");
        asVerified(account, resident).statusCode(200).body("applicantRef", equalTo(ref), "registered", equalTo(false));

        assertThat(ref).matches("APL-[0-9a-f]{24}");
        assertThat(Db.value("select id_hash || ' ' || id_hash_key from applicant where applicant_ref = ?", ref))
                .isEqualTo(VerifiedTokens.keyedHash(resident.nationalId()) + " " + ring.currentHashKeyId());
        assertThat(Db.count("select num_nonnulls(national_id_enc, name_enc, phone_enc, email_enc, line_id_enc, locale,"
                + " channel_preferences, birth_date_enc, township, age_band, residency, erased_at) from applicant"
                + " where applicant_ref = ?", ref)).isZero();
        assertThat(Db.auditOf(ref)).containsExactly("REGISTERED " + account + " citizen - -", "LINKED " + account + " citizen - -");
    }

    @Test
    void aFilingGivesAPersonRegisteredByTheirLoginTheirSealedIdNumber() {
        Resident resident = Resident.random();
        String ref = asVerified(citizen(), resident).statusCode(200).extract().path("applicantRef");

        String atCounter = Submission.of("COUNTER", resident).service(Catalogue.service().create())
                .postAs("clerk-" + UUID.randomUUID(), Roles.CLERK).statusCode(201).extract().path("applications[0].id");

        assertThat(refOf(atCounter)).isEqualTo(ref);
        assertThat(sealed(SealedColumn.APPLICANT_NATIONAL_ID, ref)).isEqualTo(resident.nationalId());
    }

    @Test
    void aCitizenWithoutTheVerifiedClaimIsToldHowToVerify() {
        PersonResolves.post(TestTokens.bearer(citizen(), Roles.CITIZEN), Map.of()).statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:identity-not-verified"),
                        "detail", containsString("citizen digital certificate"), "detail", containsString("mobile ID"),
                        "detail", containsString("phone desk"));
    }

    @Test
    void aCitizenCannotNameAnyoneElse() {
        Resident resident = Resident.random();
        String neighbour = Resident.random().nationalId();

        PersonResolves.post(VerifiedTokens.bearer(citizen(), resident.nationalId()),
                        Map.of("nationalId", neighbour, "birthDate", "1988-04-02")).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:validation"),
                        "violations.field", containsInAnyOrder("nationalId", "birthDate"));

        assertThat(Db.count("select count(*) from applicant where id_hash = ? or id_hash = ?", ring.idHash(neighbour),
                ring.idHash(resident.nationalId()))).isZero();
    }

    @Test
    void staffResolveACallerByIdNumberAndBirthDateAndLinkNoAccount() {
        Resident caller = Resident.random();
        String ref = refOf(filedByPhone(caller));
        List<String> auditBefore = Db.auditOf(ref);

        asStaff(Roles.OPERATOR, caller.nationalId().toLowerCase(), caller.birthDate()).statusCode(200)
                .body("applicantRef", equalTo(ref), "registered", equalTo(false));
        asStaff(Roles.CLERK, caller.nationalId(), caller.birthDate()).statusCode(200).body("applicantRef", equalTo(ref));
        asStaff(Roles.ADMIN, caller.nationalId(), caller.birthDate()).statusCode(200).body("applicantRef", equalTo(ref));
        asStaff(Roles.OPERATOR, caller.nationalId(), caller.birthDate().plusDays(1)).statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:not-found"), "detail", equalTo(NO_PERSON));

        assertThat(Db.count("select count(*) from applicant_account_link where applicant_ref = ?", ref)).isZero();
        assertThat(Db.auditOf(ref)).isEqualTo(auditBefore);
    }

    /** The channel switch reservation-service relies on: booked by phone first, then online, one person. */
    @Test
    void anUnknownCallerIsRegisteredByStaffAndTheirVerifiedLoginResolvesToTheSameRef() {
        Resident caller = Resident.random();
        String operator = "operator-" + UUID.randomUUID();

        String ref = PersonResolves.post(TestTokens.bearer(operator, Roles.OPERATOR),
                        Map.of("nationalId", caller.nationalId(), "birthDate", caller.birthDate().toString()))
                .statusCode(200).body("registered", equalTo(true)).extract().path("applicantRef");
        asStaff(Roles.OPERATOR, caller.nationalId(), caller.birthDate()).statusCode(200)
                .body("applicantRef", equalTo(ref), "registered", equalTo(false));
        assertThat(sealed(SealedColumn.APPLICANT_NATIONAL_ID, ref)).isEqualTo(caller.nationalId());
        assertThat(sealed(SealedColumn.APPLICANT_BIRTH_DATE, ref)).isEqualTo(caller.birthDate().toString());
        assertThat(Db.auditOf(ref)).containsExactly("REGISTERED " + operator + " operator PHONE birthDate");

        String account = citizen();
        asVerified(account, caller).statusCode(200).body("applicantRef", equalTo(ref), "registered", equalTo(false));
        assertThat(Db.column("select account_subject from applicant_account_link where applicant_ref = ?", ref))
                .containsExactly(account);
        assertThat(Db.columnsContaining(List.of(), caller.nationalId())).isEmpty();
    }

    @Test
    void aPersonRegisteredByTheirLoginIsGivenTheBirthDateTheyTellTheOperator() {
        Resident resident = Resident.random();
        String ref = asVerified(citizen(), resident).statusCode(200).extract().path("applicantRef");
        String operator = "operator-" + UUID.randomUUID();

        PersonResolves.post(TestTokens.bearer(operator, Roles.OPERATOR),
                        Map.of("nationalId", resident.nationalId(), "birthDate", resident.birthDate().toString()))
                .statusCode(200).body("applicantRef", equalTo(ref), "registered", equalTo(false));
        asStaff(Roles.OPERATOR, resident.nationalId(), resident.birthDate().minusYears(1)).statusCode(404)
                .body("detail", equalTo(NO_PERSON));

        assertThat(sealed(SealedColumn.APPLICANT_BIRTH_DATE, ref)).isEqualTo(resident.birthDate().toString());
        assertThat(sealed(SealedColumn.APPLICANT_NATIONAL_ID, ref)).isEqualTo(resident.nationalId());
        assertThat(Db.auditOf(ref)).endsWith("CHANGED " + operator + " operator PHONE birthDate");
    }

    @Test
    void staffGetOneProblemListingEveryViolation() {
        String operator = TestTokens.bearer("operator-" + UUID.randomUUID(), Roles.OPERATOR);
        PersonResolves.post(operator, Map.of("nationalId", "A123456788")).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:smartdesk:problem:validation"),
                        "violations.field", containsInAnyOrder("nationalId", "birthDate"));
        PersonResolves.post(operator, Map.of()).statusCode(400).body("violations.field", containsInAnyOrder("nationalId", "birthDate"));
        asStaff(Roles.CLERK, "A12345", LocalDate.of(1988, 4, 2)).statusCode(400)
                .body("violations.field", equalTo(List.of("nationalId")));
    }

    @Test
    void otherRolesAreRefusedAndATokenIsRequired() {
        for (String role : List.of(Roles.KIOSK, Roles.ANALYST)) {
            asStaff(role, Resident.random().nationalId(), LocalDate.of(1988, 4, 2)).statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo("urn:smartdesk:problem:forbidden"));
        }
        PersonResolves.post(null, Map.of()).statusCode(401).contentType("application/problem+json");
    }

    @Test
    void concurrentFirstResolvesOfOnePersonRegisterOneApplicant() throws Exception {
        Resident resident = Resident.random();
        List<Supplier<JsonPath>> resolves = List.of(
                () -> asVerified(citizen(), resident).statusCode(200).extract().jsonPath(),
                () -> asStaff(Roles.OPERATOR, resident.nationalId(), resident.birthDate()).statusCode(200).extract().jsonPath(),
                () -> asVerified(citizen(), resident).statusCode(200).extract().jsonPath(),
                () -> asStaff(Roles.CLERK, resident.nationalId(), resident.birthDate()).statusCode(200).extract().jsonPath());
        List<JsonPath> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(resolves.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonPath>> running = new ArrayList<>();
            for (Supplier<JsonPath> resolve : resolves) {
                running.add(pool.submit(() -> {
                    start.await();
                    return resolve.get();
                }));
            }
            start.countDown();
            for (Future<JsonPath> answer : running) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers.stream().map(answer -> answer.getString("applicantRef")).distinct()).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.getBoolean("registered"))).hasSize(1);
        List<String> hashes = ring.idHashCandidates(resident.nationalId());
        assertThat(Db.count("select count(*) from applicant where id_hash in (?, ?)", hashes.get(0), hashes.get(1))).isEqualTo(1);
    }

    @Test
    void anErasedPersonResolvingAgainIsANewApplicant() {
        Resident resident = Resident.random();
        String erased = asStaff(Roles.OPERATOR, resident.nationalId(), resident.birthDate()).statusCode(200)
                .extract().path("applicantRef");
        given().header("Authorization", TestTokens.bearer("admin-" + UUID.randomUUID(), Roles.ADMIN))
                .when().delete("/applicants/" + erased).then().statusCode(204);

        String again = asVerified(citizen(), resident).statusCode(200).body("registered", equalTo(true))
                .extract().path("applicantRef");
        asStaff(Roles.OPERATOR, resident.nationalId(), resident.birthDate()).statusCode(200)
                .body("applicantRef", equalTo(again));

        assertThat(again).isNotEqualTo(erased);
    }

    /**
     * A login whose claim is only the keyed hash leaves no ID number to make the hash again from: after a hash key
     * rotation re-encryption leaves that applicant as it is (it does not fail), until the phone desk gives the number.
     */
    @Test
    void aPersonRegisteredByTheirLoginBeforeAHashKeyRotationIsRehashedOnceThePhoneDeskGivesTheNumber() {
        ApplicantCrypto oldKeysOnly = TestRings.of(TestRings.entry(TestRings.dataKeys(), 1), TestRings.entry(TestRings.hashKeys(), 1));
        Resident resident = Resident.random();
        String ref = asVerified(citizen(), resident).statusCode(200).extract().path("applicantRef");
        Db.update("update applicant set id_hash = ?, id_hash_key = ? where applicant_ref = ?",
                oldKeysOnly.idHash(resident.nationalId()), oldKeysOnly.currentHashKeyId(), ref);

        reEncryptEverything();
        assertThat(Db.value("select id_hash_key from applicant where applicant_ref = ?", ref))
                .isEqualTo(oldKeysOnly.currentHashKeyId());

        asStaff(Roles.OPERATOR, resident.nationalId(), resident.birthDate()).statusCode(200).body("applicantRef", equalTo(ref));
        reEncryptEverything();
        assertThat(Db.value("select id_hash from applicant where applicant_ref = ?", ref))
                .isEqualTo(ring.idHash(resident.nationalId()));
        asVerified(citizen(), resident).statusCode(200).body("applicantRef", equalTo(ref), "registered", equalTo(false));
    }

    @Test
    void theContractIsDocumentedWithProblemsForEveryFailure() {
        JsonPath spec = JsonPath.from(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
        String operation = "paths.'/internal/persons/resolve'.post";
        assertThat(spec.getString(operation + ".summary")).isNotBlank();
        for (String status : List.of("400", "401", "403", "404", "413", "429", "503")) {
            assertThat(spec.getMap(operation + ".responses.'" + status + "'.content")).as(status)
                    .containsKey("application/problem+json");
        }
        assertThat(spec.getString(operation + ".responses.'403'.description")).contains("identity-not-verified");
        assertThat(spec.getMap("components.schemas.PersonResolution.properties")).containsOnlyKeys("applicantRef", "registered");
        assertThat(spec.getMap("components.schemas.PersonResolveRequest.properties")).containsOnlyKeys("nationalId", "birthDate");
        assertThat(new PersonResolveRequest("A123456789", LocalDate.of(1988, 4, 2)).toString())
                .doesNotContain("A123456789").doesNotContain("1988");
    }

    private String sealed(SealedColumn column, String applicantRef) {
        return ring.open(column, applicantRef, Db.bytes("select " + column.column() + " from applicant where applicant_ref = ?",
                applicantRef));
    }

    private static void reEncryptEverything() {
        long remaining = Long.MAX_VALUE;
        for (int run = 0; run < 20 && remaining > 0; run++) {
            remaining = given().header("Authorization", TestTokens.bearer("admin-" + UUID.randomUUID(), Roles.ADMIN))
                    .when().post("/admin/keys/re-encryption?limit=10000").then().statusCode(200)
                    .extract().jsonPath().getLong("remainingRows");
        }
    }

    /** The id of an application an operator filed for the resident. */
    private static String filedByPhone(Resident resident) {
        return Submission.of("PHONE", resident).service(Catalogue.service().create())
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201).extract().path("applications[0].id");
    }

    private static String refOf(String applicationId) {
        return Db.value("select applicant_ref from application where id = ?::uuid", applicationId);
    }

    private static String citizen() {
        return "citizen-" + UUID.randomUUID();
    }
}
