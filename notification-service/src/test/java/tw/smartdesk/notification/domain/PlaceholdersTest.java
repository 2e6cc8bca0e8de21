package tw.smartdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void namesAreFoundInOrderOfFirstAppearanceAcrossTexts() {
        assertThat(Placeholders.in("Code {pickupCode} for {compartmentLabel}", "{siteName}: {pickupCode} before {expiresAt}"))
                .containsExactly("pickupCode", "compartmentLabel", "siteName", "expiresAt");
    }

    @Test
    void placeholdersNeedNoSpacesAroundThemInChinese() {
        assertThat(Placeholders.in("您申請的{serviceName}已受理")).containsExactly("serviceName");
    }

    @Test
    void bracesThatAreNotANameAreText() {
        assertThat(Placeholders.in("{} {1st} { name } {a-b} plain")).isEmpty();
    }
}
