package tw.smartdesk.application.filing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.Masking;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.application.keys.TestRings;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/**
 * Both keys rotated with data in place. The test rings are {@code test-2} (current) and {@code test-1} (older):
 * rows are first rewritten exactly as a service holding only {@code test-1} had written them; they must read,
 * be found, move onto {@code test-2} when touched or re-encrypted, and then open without {@code test-1}.
 */
@QuarkusTest
class KeyRotationTest {

    private static final Map<String, String> ROW_ID = Map.of("applicant", "applicant_ref", "application", "id",
            "application_form", "application_id", "filing_contact", "submission_id");

    private final ApplicantCrypto ring = TestRings.of(TestRings.dataKeys(), TestRings.hashKeys());
    private final ApplicantCrypto oldKeysOnly = TestRings.of(TestRings.entry(TestRings.dataKeys(), 1),
            TestRings.entry(TestRings.hashKeys(), 1));
    private final ApplicantCrypto newKeysOnly = TestRings.of(TestRings.entry(TestRings.dataKeys(), 0),
            TestRings.entry(TestRings.hashKeys(), 0));
    private final String clerk = "clerk-" + UUID.randomUUID();

    @Test
    void bothKeysRotateWithDataInPlace() {
        Resident waiting = Resident.random();
        Resident returning = Resident.random();
        String code = Catalogue.service().create();
        String byPhone = Submission.of("PHONE", waiting).service(code).proxy("張大同", "配偶", Resident.random().nationalId(), "L-1")
                .postAs("operator-" + UUID.randomUUID(), Roles.OPERATOR).statusCode(201).extract().path("applications[0].id");
        Submission.of("ONLINE", waiting).service(code).postAs("citizen-" + UUID.randomUUID(), Roles.CITIZEN).statusCode(201);
        String atCounter = Submission.of("COUNTER", returning).service(code).postAs(clerk, Roles.CLERK).statusCode(201)
                .extract().path("applications[0].id");
        String waitingRef = refOf(byPhone);
        String returningRef = refOf(atCounter);
        asTheOldKeysWroteThem(waitingRef, waiting.nationalId());
        asTheOldKeysWroteThem(returningRef, returning.nationalId());
        assertThat(Db.value("select sealed_key_id(name_enc) || '/' || id_hash_key from applicant where applicant_ref = ?",
                waitingRef)).isEqualTo("test-1/test-1");
        assertThat(usage().getMap("sealedValues")).containsKey("test-1");

        // old values read, and the phone desk finds the caller under the old hash key
        asClerk().when().get("/applications/" + byPhone).then().statusCode(200)
                .body("applicant.maskedNationalId", equalTo(Masking.nationalId(waiting.nationalId())),
                        "applicant.maskedName", equalTo(Masking.name(waiting.name())), "proxy.maskedName", equalTo("張*同"),
                        "form.section", equalTo("寶桑段"));
        given().header("Authorization", TestTokens.bearer("operator-1", Roles.OPERATOR)).contentType(ContentType.JSON)
                .body(Map.of("nationalId", waiting.nationalId(), "birthDate", waiting.birthDate().toString()))
                .when().post("/applications/lookup").then().statusCode(200).body("items.id", hasItem(byPhone));

        // a returning applicant is found under the old hash key, and what is written now takes the new keys
        String again = Submission.of("COUNTER", returning).service(code).postAs(clerk, Roles.CLERK).statusCode(201)
                .extract().path("applications[0].id");
        assertThat(refOf(again)).isEqualTo(returningRef);
        assertThat(Db.value("select id_hash_key || '/' || sealed_key_id(phone_enc) from applicant where applicant_ref = ?",
                returningRef)).isEqualTo("test-2/test-2");
        assertThat(Db.value("select sealed_key_id(fields_enc) from application_form where application_id = ?::uuid", again))
                .isEqualTo("test-2");

        // re-encryption: one row when asked for one, then the rest until nothing is left
        JsonPath first = reEncrypt(1);
        assertThat(first.getInt("rowsRewritten")).isEqualTo(1);
        assertThat(first.getLong("remainingRows")).isPositive();
        JsonPath last = first;
        for (int run = 0; run < 20 && last.getLong("remainingRows") > 0; run++) {
            last = reEncrypt(10_000);
        }
        assertThat(last.getLong("remainingRows")).isZero();
        assertThat(usage().getMap("sealedValues")).containsOnlyKeys("test-2");
        assertThat(usage().getMap("idHashes")).containsOnlyKeys("test-2");

        // the old keys can leave the rings: the new keys alone open every value and make the stored hash
        assertThat(newKeysOnly.open(SealedColumn.APPLICANT_NAME, waitingRef,
                Db.bytes("select name_enc from applicant where applicant_ref = ?", waitingRef))).isEqualTo(waiting.name());
        assertThat(newKeysOnly.open(SealedColumn.APPLICANT_BIRTH_DATE, waitingRef,
                Db.bytes("select birth_date_enc from applicant where applicant_ref = ?", waitingRef)))
                .isEqualTo(waiting.birthDate().toString());
        assertThat(newKeysOnly.open(SealedColumn.APPLICATION_PROXY_NAME, byPhone,
                Db.bytes("select proxy_name_enc from application where id = ?::uuid", byPhone))).isEqualTo("張大同");
        assertThat(Db.value("select id_hash from applicant where applicant_ref = ?", waitingRef))
                .isEqualTo(newKeysOnly.idHash(waiting.nationalId()));
        for (SealedColumn column : SealedColumn.values()) {
            for (String rowId : rowsOf(column.table(), waitingRef)) {
                byte[] stored = Db.bytes(select(column), rowId);
                assertThat(stored == null || newKeysOnly.open(column, rowId, stored) != null).as(column + " of " + rowId).isTrue();
            }
        }
        given().header("Authorization", VerifiedTokens.bearer("citizen-" + UUID.randomUUID(), waiting.nationalId()))
                .when().get("/applications/mine").then().statusCode(200).body("items.id", hasItem(byPhone));
    }

    @Test
    void aSealedValueCopiedToAnotherApplicantDoesNotOpen() {
        Resident source = Resident.random();
        Resident target = Resident.random();
        String code = Catalogue.service().create();
        String sourceApplication = Submission.of("COUNTER", source).service(code).postAs(clerk, Roles.CLERK).statusCode(201)
                .extract().path("applications[0].id");
        String targetApplication = Submission.of("COUNTER", target).service(code).postAs(clerk, Roles.CLERK).statusCode(201)
                .extract().path("applications[0].id");
        Db.update("update applicant set name_enc = (select name_enc from applicant where applicant_ref = ?) where applicant_ref = ?",
                refOf(sourceApplication), refOf(targetApplication));

        asClerk().when().get("/applications/" + targetApplication).then().statusCode(500)
                .contentType("application/problem+json").body(not(containsString(Masking.name(source.name()))));
    }

    @Test
    void onlyAdministratorsRotateAndTheBatchIsBounded() {
        given().header("Authorization", TestTokens.bearer(clerk, Roles.CLERK)).when().post("/admin/keys/re-encryption")
                .then().statusCode(403).contentType("application/problem+json");
        asAdmin().when().post("/admin/keys/re-encryption?limit=0").then().statusCode(400).contentType("application/problem+json");
        asAdmin().when().post("/admin/keys/re-encryption?limit=10001").then().statusCode(400);
        asAdmin().when().get("/admin/keys").then().statusCode(200)
                .body("dataKeys", equalTo(List.of("test-2", "test-1")), "hashKeys", equalTo(List.of("test-2", "test-1")));
    }

    /** Rewrites every sealed value and the ID-number hash of the applicant as a service holding only test-1 wrote them. */
    private void asTheOldKeysWroteThem(String applicantRef, String nationalId) {
        for (SealedColumn column : SealedColumn.values()) {
            for (String rowId : rowsOf(column.table(), applicantRef)) {
                byte[] stored = Db.bytes(select(column), rowId);
                if (stored != null) {
                    Db.update("update " + column.table() + " set " + column.column() + " = ? where " + ROW_ID.get(column.table())
                            + "::text = ?", oldKeysOnly.seal(column, rowId, ring.open(column, rowId, stored)), rowId);
                }
            }
        }
        Db.update("update applicant set id_hash = ?, id_hash_key = 'test-1' where applicant_ref = ?",
                oldKeysOnly.idHash(nationalId), applicantRef);
    }

    /** The ids of the rows of {@code table} that belong to the applicant. */
    private static List<String> rowsOf(String table, String applicantRef) {
        return switch (table) {
            case "applicant" -> List.of(applicantRef);
            case "application_form" -> Db.column("select cast(f.application_id as text) from application_form f"
                    + " join application a on a.id = f.application_id where a.applicant_ref = ?", applicantRef);
            default -> Db.column("select cast(" + ROW_ID.get(table) + " as text) from " + table + " where applicant_ref = ?",
                    applicantRef);
        };
    }

    private static String select(SealedColumn column) {
        return "select " + column.column() + " from " + column.table() + " where " + ROW_ID.get(column.table()) + "::text = ?";
    }

    private static String refOf(String applicationId) {
        return Db.value("select applicant_ref from application where id = ?::uuid", applicationId);
    }

    private static JsonPath reEncrypt(int limit) {
        return asAdmin().when().post("/admin/keys/re-encryption?limit=" + limit).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath usage() {
        return asAdmin().when().get("/admin/keys").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().header("Authorization", TestTokens.bearer("admin-" + UUID.randomUUID(), Roles.ADMIN));
    }

    private io.restassured.specification.RequestSpecification asClerk() {
        return given().header("Authorization", TestTokens.bearer(clerk, Roles.CLERK));
    }
}
