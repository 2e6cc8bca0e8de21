package tw.smartdesk.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.http.Problem;

class CatalogueRulesTest {

    @Test
    void wellFormedFieldsAndDocumentsBreakNoRule() {
        List<RequiredField> fields = List.of(
                new RequiredField("section", "地段", "\\p{IsHan}{1,8}段", true),
                new RequiredField("copies", "份數", null, false));
        List<RequiredDocument> documents = List.of(new RequiredDocument("PROXY_LETTER", "委託書"));

        assertThat(CatalogueRules.fieldViolations(fields)).isEmpty();
        assertThat(CatalogueRules.documentViolations(documents)).isEmpty();
        assertThat(CatalogueRules.fieldViolations(null)).isEmpty();
        assertThat(CatalogueRules.documentViolations(List.of())).isEmpty();
    }

    @Test
    void everyBrokenFieldRuleIsNamedWithItsPath() {
        List<RequiredField> fields = Arrays.asList(
                new RequiredField("Section Name", " ", "(", true),
                null,
                new RequiredField("lot", "地號", "", true),
                new RequiredField("lot", "地號", "[0-9]+", true));

        assertThat(CatalogueRules.fieldViolations(fields)).extracting(Problem.Violation::field).containsExactlyInAnyOrder(
                "requiredFields[0].name", "requiredFields[0].label", "requiredFields[0].pattern",
                "requiredFields[1]",
                "requiredFields[2].pattern",
                "requiredFields[3].name");
    }

    @Test
    void aDuplicateFieldNameIsReportedOnce() {
        List<RequiredField> fields = List.of(
                new RequiredField("lot", "地號", null, true),
                new RequiredField("lot", "地號", null, true));

        assertThat(CatalogueRules.fieldViolations(fields))
                .containsExactly(new Problem.Violation("requiredFields[1].name", "appears more than once"));
    }

    @Test
    void everyBrokenDocumentRuleIsNamedWithItsPath() {
        List<RequiredDocument> documents = Arrays.asList(
                new RequiredDocument("proxy letter", null),
                new RequiredDocument("ID_CARD", "身分證"),
                new RequiredDocument("ID_CARD", "身分證"),
                null);

        assertThat(CatalogueRules.documentViolations(documents)).extracting(Problem.Violation::field).containsExactlyInAnyOrder(
                "requiredDocuments[0].code", "requiredDocuments[0].label", "requiredDocuments[2].code", "requiredDocuments[3]");
    }

    @Test
    void serviceCodesLookLikeTheSeededOnes() {
        assertThat("LR-003").matches(CatalogueRules.CODE_PATTERN);
        assertThat("ZQKX-417").matches(CatalogueRules.CODE_PATTERN);
        assertThat("lr-003").doesNotMatch(CatalogueRules.CODE_PATTERN);
        assertThat("L-003").doesNotMatch(CatalogueRules.CODE_PATTERN);
        assertThat("LR-03").doesNotMatch(CatalogueRules.CODE_PATTERN);
    }
}
