package tw.smartdesk.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import tw.smartdesk.testsupport.TestIdentities;

/** The shared test-data generator makes ID numbers this service accepts. */
class TestIdentitiesTest {

    @RepeatedTest(200)
    void generatedNationalIdsAreValid() {
        String id = TestIdentities.nationalId();
        assertThat(NationalIds.isValid(id)).as(id).isTrue();
        assertThat(NationalIds.kindOf(id)).contains(IdNumberKind.NATIONAL_ID);
    }
}
