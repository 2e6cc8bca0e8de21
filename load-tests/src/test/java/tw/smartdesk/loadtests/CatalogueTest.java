package tw.smartdesk.loadtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void aFieldGetsAValueMatchingItsWholePattern() {
        assertThat(Catalogue.value("FULL|PARTIAL")).hasValue("FULL");
        assertThat(Catalogue.value("[1-9]|10")).hasValue("1");
        assertThat(Catalogue.value("[0-9]{1,4}(-[0-9]{1,4})?")).hasValue("1");
        assertThat(Catalogue.value("\\p{IsHan}{1,8}段(\\p{IsHan}{1,4}小段)?")).hasValue("寶桑段");
        assertThat(Catalogue.value(null)).hasValueSatisfying(value -> assertThat(value).isNotBlank());
        assertThat(Catalogue.value("[Q]{7}")).isEmpty();
        assertThat(Catalogue.value("(unclosed")).isEmpty();
    }

    @Test
    void onlyCurrentSmartDeskServicesWithFillableRequiredFieldsAreUsed() {
        List<JsonObject> services = List.of(
                service("HR-001", true, false, field("scope", "FULL|PARTIAL", true), field("copies", "[1-9]|10", false)),
                service("HR-009", true, true, field("scope", "FULL|PARTIAL", true)),
                service("ID-001", false, false),
                service("XX-001", true, false, field("code", "[Q]{7}", true)),
                service("HR-005", true, false, field("address", ".{4,100}", true)));

        Map<String, Map<String, String>> fillable = Catalogue.fillable(services);

        assertThat(fillable).containsOnlyKeys("HR-001", "HR-005");
        assertThat(fillable.get("HR-001")).isEqualTo(Map.of("scope", "FULL"));
        assertThat(Catalogue.pick(fillable, List.of("HR-005", "HR-404"), 2)).containsExactly("HR-005", "HR-001");
        assertThat(Catalogue.servicesJson(fillable, List.of("HR-001")))
                .isEqualTo("[{\"serviceCode\":\"HR-001\",\"fields\":{\"scope\":\"FULL\"}}]");
        assertThatThrownBy(() -> Catalogue.pick(fillable, List.of("HR-001"), 3)).isInstanceOf(BenchmarkException.class);
    }

    private static JsonObject service(String code, boolean smartDesk, boolean retired, JsonObject... fields) {
        return new JsonObject().put("code", code).put("smartDeskPickup", smartDesk).put("retired", retired)
                .put("requiredFields", new JsonArray(List.of((Object[]) fields)));
    }

    private static JsonObject field(String name, String pattern, boolean required) {
        return new JsonObject().put("name", name).put("label", name).put("pattern", pattern).put("required", required);
    }
}
