package tw.smartdesk.application.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tw.smartdesk.security.Roles;
import tw.smartdesk.testsupport.TestTokens;

/** GET /services and GET /services/{code}: what residents, staff and kiosks read. */
@QuarkusTest
class ServiceCatalogueQueryTest {

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role + "-" + UUID.randomUUID(), role));
    }

    private static RequestSpecification citizen() {
        return as(Roles.CITIZEN);
    }

    @Test
    void theListIsPagedAndSortedByCodeUnlessToldOtherwise() {
        JsonPath first = citizen().queryParam("size", 5).when().get("/services")
                .then().statusCode(200).body("page", equalTo(0), "size", equalTo(5)).extract().jsonPath();
        JsonPath second = citizen().queryParam("size", 5).queryParam("page", 1).when().get("/services")
                .then().statusCode(200).body("page", equalTo(1)).extract().jsonPath();

        List<String> codes = new ArrayList<>(first.getList("items.code", String.class));
        codes.addAll(second.getList("items.code", String.class));
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().isSorted();
        assertThat(first.getLong("total")).isGreaterThanOrEqualTo(57).isEqualTo(second.getLong("total"));
    }

    @Test
    void sortingByFeeDescendingOrdersTheDepartmentsServicesByFee() {
        List<Integer> fees = citizen().queryParam("department", "地政處").queryParam("sort", "feeNtd,desc").queryParam("size", 100)
                .when().get("/services").then().statusCode(200).extract().jsonPath().getList("items.feeNtd", Integer.class);

        assertThat(fees).hasSize(12).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void filtersByDepartmentAndSmartDeskPickup() {
        citizen().queryParam("department", "地政處").queryParam("smartDeskPickup", "true").queryParam("size", 100)
                .when().get("/services")
                .then().statusCode(200)
                .body("total", equalTo(11), "items.department", everyItem(equalTo("地政處")),
                        "items.smartDeskPickup", everyItem(equalTo(true)),
                        "items.code", hasItems("LR-001", "LR-004", "LR-011"), "items.code", not(hasItem("LR-012")));
        citizen().queryParam("department", "民政處").queryParam("smartDeskPickup", "false")
                .when().get("/services")
                .then().statusCode(200)
                .body("items.code", containsInAnyOrder("HR-008", "HR-009", "HR-010", "HR-011"));
    }

    @Test
    void all51SmartDeskServicesOfTheSeedAreListedWithTheirFormRules() {
        JsonPath smartDesk = citizen().queryParam("smartDeskPickup", "true").queryParam("size", 100)
                .when().get("/services").then().statusCode(200).extract().jsonPath();

        assertThat(smartDesk.getList("items.code", String.class))
                .filteredOn(code -> code.matches("(HR|LR|TX|SW|BZ|BP|AG|MS|PD|FD)-[0-9]{3}")).hasSize(51);
        assertThat(smartDesk.getList("items.requiredDocuments")).allSatisfy(documents -> assertThat((List<?>) documents).isNotEmpty());
    }

    @Test
    void searchFindsNamesInChineseAndInEnglishWhateverTheCase() {
        citizen().queryParam("q", "戶籍謄本").when().get("/services")
                .then().statusCode(200).body("items.code", containsInAnyOrder("HR-001", "HR-002", "HR-006"));
        for (String text : List.of("land registration", "LAND REGISTRATION", "Land Registration")) {
            citizen().queryParam("q", text).when().get("/services")
                    .then().statusCode(200).body("items.code", containsInAnyOrder("LR-001", "LR-002"));
        }
        List<String> names = citizen().queryParam("q", "Certificate").queryParam("size", 100).when().get("/services")
                .then().statusCode(200).extract().jsonPath().getList("items.nameEn", String.class);
        assertThat(names).hasSizeGreaterThan(10)
                .allSatisfy(name -> assertThat(name.toLowerCase(Locale.ROOT)).contains("certificate"));
    }

    @Test
    void wildcardCharactersInTheSearchAreMatchedLiterally() {
        for (String text : List.of("_", "%", "!")) {
            citizen().queryParam("q", text).when().get("/services").then().statusCode(200).body("total", equalTo(0));
        }
    }

    @Test
    void staffAndKiosksReadTheCatalogueToo() {
        for (String role : List.of(Roles.KIOSK, Roles.CLERK, Roles.OPERATOR, Roles.ANALYST, Roles.ADMIN)) {
            as(role).when().get("/services/LR-001").then().statusCode(200).body("code", equalTo("LR-001"));
        }
    }

    @Test
    void oneServiceHasItsNamesTermsAndFormRulesAndItsVersionAsETag() {
        citizen().when().get("/services/HR-001")
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("code", equalTo("HR-001"), "version", equalTo(1), "current", equalTo(true), "retired", equalTo(false),
                        "nameZh", equalTo("現戶戶籍謄本"), "nameEn", equalTo("Household registration transcript (current household)"),
                        "department", equalTo("民政處"), "feeNtd", equalTo(15), "processingDays", equalTo(1),
                        "proxyAllowed", equalTo(true), "compartmentSize", equalTo("S"), "pickupWindowDays", equalTo(3),
                        "smartDeskPickup", equalTo(true),
                        "requiredFields.find { it.name == 'scope' }.pattern", equalTo("FULL|PARTIAL"),
                        "requiredDocuments.code", hasItems("ID_CARD", "PROXY_LETTER"),
                        "changedBy", nullValue());
        citizen().when().get("/services/HR-001/versions/1").then().statusCode(200).body("nameZh", equalTo("現戶戶籍謄本"));
    }

    @Test
    void onlyAdminsSeeWhoMadeAVersion() {
        as(Roles.ADMIN).when().get("/services/LR-003").then().statusCode(200).body("changedBy", equalTo("seed"));
        as(Roles.CLERK).when().get("/services/LR-003").then().statusCode(200).body("changedBy", nullValue());
    }

    @Test
    void anUnknownServiceOrVersionIsAProblem404() {
        citizen().when().get("/services/ZZ-999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404), "type", equalTo("urn:smartdesk:problem:not-found"), "instance", equalTo("/services/ZZ-999"));
        citizen().when().get("/services/HR-001/versions/99")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badPagingSortingOrFiltersAreA400NamingEachParameter() {
        citizen().queryParam("page", -1).queryParam("size", 101).queryParam("sort", "price,up")
                .when().get("/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("page", "size", "sort"));
        citizen().queryParam("smartDeskPickup", "maybe").queryParam("includeRetired", "yes")
                .when().get("/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("smartDeskPickup", "includeRetired"));
    }

    @Test
    void withoutAValidTokenTheCatalogueIsClosed() {
        given().when().get("/services").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/services/HR-001").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TestTokens.expired("c", Roles.CITIZEN))
                .when().get("/services").then().statusCode(401);
    }
}
