package tw.smartdesk.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tw.smartdesk.application.domain.CatalogueRules;
import tw.smartdesk.application.domain.RequiredDocument;
import tw.smartdesk.application.domain.RequiredField;

/** The seeded catalogue (migration V4) is the Civil Service Center's: 51 Smart Desk services and counter-only ones. */
@QuarkusTest
class ServiceCatalogueSeedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Map<String, Object>> seeded() {
        return CatalogueRows.rows("select * from service_definition where changed_by = 'seed' order by code, version");
    }

    @Test
    void exactly51ServicesCanBeCollectedAtTheSmartDeskAndSomeOnlyAtTheCounter() {
        List<Map<String, Object>> seeded = seeded();

        assertThat(seeded.stream().filter(row -> (Boolean) row.get("smart_desk_pickup"))).hasSize(51);
        assertThat(seeded.stream().filter(row -> !(Boolean) row.get("smart_desk_pickup")).map(row -> row.get("code")))
                .containsExactlyInAnyOrder("HR-008", "HR-009", "HR-010", "HR-011", "LR-012", "SW-009");
    }

    @Test
    void everyServiceIsVersion1CurrentOfferedAndHasAUniqueWellFormedCodeAndBothNames() {
        List<Map<String, Object>> seeded = seeded();

        assertThat(seeded.stream().map(row -> row.get("code")).distinct()).hasSize(seeded.size());
        assertThat(seeded).allSatisfy(row -> {
            assertThat((String) row.get("code")).matches(CatalogueRules.CODE_PATTERN);
            assertThat((String) row.get("name_zh")).isNotBlank().matches(".*\\p{IsHan}.*");
            assertThat((String) row.get("name_en")).isNotBlank().matches("[A-Z][ -~]+");
            assertThat((String) row.get("department")).isNotBlank();
            assertThat(row).containsEntry("version", 1).containsEntry("current", true).containsEntry("retired", false);
            assertThat((Integer) row.get("fee_ntd")).isBetween(0, 1000);
            assertThat((Integer) row.get("processing_days")).isBetween(0, 30);
            assertThat((Integer) row.get("pickup_window_days")).isBetween(3, 7);
        });
    }

    @Test
    void theServicesComeFromTheCountysDepartmentsInEverySize() {
        Set<Object> departments = seeded().stream().map(row -> row.get("department")).collect(Collectors.toSet());
        Set<Object> sizes = seeded().stream().map(row -> row.get("compartment_size")).collect(Collectors.toSet());

        assertThat(departments).contains("民政處", "地政處", "稅務局", "社會處", "財政及經濟發展處", "建設處", "城鄉發展處", "農業處", "警察局", "消防局");
        assertThat(sizes).containsExactlyInAnyOrder("S", "M", "L");
        assertThat(seeded().stream().filter(row -> Integer.valueOf(3).equals(row.get("pickup_window_days")))).hasSizeGreaterThan(40);
    }

    @Test
    void everyFieldAndDocumentListIsWellFormedAndEveryPatternCompiles() throws Exception {
        for (Map<String, Object> row : seeded()) {
            List<RequiredField> fields = JSON.readValue((String) row.get("required_fields"), new TypeReference<>() {
            });
            List<RequiredDocument> documents = JSON.readValue((String) row.get("required_documents"), new TypeReference<>() {
            });
            assertThat(CatalogueRules.fieldViolations(fields)).as("fields of %s", row.get("code")).isEmpty();
            assertThat(CatalogueRules.documentViolations(documents)).as("documents of %s", row.get("code")).isEmpty();
            assertThat(documents).as("documents of %s", row.get("code")).isNotEmpty();
            fields.stream().filter(field -> field.pattern() != null).forEach(field -> Pattern.compile(field.pattern()));
        }
    }

    @Test
    void landTranscriptsAskForTownshipSectionAndLotAndHouseholdTranscriptsForTheScope() throws Exception {
        Map<String, RequiredField> land = fieldsOf("LR-001");
        Map<String, RequiredField> household = fieldsOf("HR-001");
        Map<String, RequiredField> building = fieldsOf("LR-003");

        assertThat(land.keySet()).contains("township", "section", "lot");
        assertThat("臺東市").matches(land.get("township").pattern());
        assertThat("太麻里鄉").matches(land.get("township").pattern());
        assertThat("台北市").doesNotMatch(land.get("township").pattern());
        assertThat("寶桑段").matches(land.get("section").pattern());
        assertThat("知本段二小段").matches(land.get("section").pattern());
        assertThat("寶桑").doesNotMatch(land.get("section").pattern());
        assertThat("0123-0004").matches(land.get("lot").pattern());
        assertThat("123").matches(land.get("lot").pattern());
        assertThat("12a").doesNotMatch(land.get("lot").pattern());
        assertThat("01234-000").matches(building.get("buildingNumber").pattern());
        assertThat(household.get("scope").required()).isTrue();
        assertThat("FULL").matches(household.get("scope").pattern());
        assertThat("PARTIAL").matches(household.get("scope").pattern());
        assertThat("ALL").doesNotMatch(household.get("scope").pattern());
    }

    private static Map<String, RequiredField> fieldsOf(String code) throws Exception {
        String json = (String) CatalogueRows.rows("select required_fields from service_definition where code = ? and version = 1", code)
                .get(0).get("required_fields");
        List<RequiredField> fields = JSON.readValue(json, new TypeReference<>() {
        });
        return fields.stream().collect(Collectors.toMap(RequiredField::name, field -> field));
    }
}
