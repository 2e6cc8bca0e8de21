package tw.smartdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogueFilterTest {

    @Test
    void searchTextIsMatchedLiterallyAnywhereAndWithoutCase() {
        assertThat(CatalogueFilter.likePattern(" Land Registration ")).isEqualTo("%land registration%");
        assertThat(CatalogueFilter.likePattern("戶籍謄本")).isEqualTo("%戶籍謄本%");
        assertThat(CatalogueFilter.likePattern("50%_off!")).isEqualTo("%50!%!_off!!%");
    }

    @Test
    void anEmptyFilterListsTheCurrentServicesThatAreStillOffered() {
        CatalogueFilter filter = new CatalogueFilter(null, null, "  ", false);

        assertThat(filter.where()).isEqualTo("current = true and retired = false");
        assertThat(filter.parameters().map()).isEmpty();
    }

    @Test
    void everyGivenCriterionBecomesAConditionWithItsParameter() {
        CatalogueFilter filter = new CatalogueFilter("地政處", false, "map", true);

        assertThat(filter.where()).isEqualTo("current = true and department = :department and smartDeskPickup = :smartDeskPickup"
                + " and (lower(nameZh) like :text escape '!' or lower(nameEn) like :text escape '!')");
        assertThat(filter.parameters().map())
                .containsEntry("department", "地政處")
                .containsEntry("smartDeskPickup", false)
                .containsEntry("text", "%map%");
    }
}
