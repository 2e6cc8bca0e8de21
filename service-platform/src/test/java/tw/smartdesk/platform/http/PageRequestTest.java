package tw.smartdesk.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    private static final Set<String> SORTABLE = Set.of("dueDate", "submittedAt");

    private static PageRequest of(String page, String size, String sort) {
        return PageRequest.of(page, size, sort, SORTABLE, "dueDate,asc");
    }

    @Test
    void absentParametersMeanTheFirstPageOfTwentyInTheDefaultOrder() {
        assertThat(of(null, null, null)).isEqualTo(new PageRequest(0, 20, "dueDate", true));
        assertThat(of("", " ", "")).isEqualTo(new PageRequest(0, 20, "dueDate", true));
        assertThat(of("3", "100", "submittedAt,desc")).isEqualTo(new PageRequest(3, 100, "submittedAt", false));
        assertThat(of("0", "1", "submittedAt")).isEqualTo(new PageRequest(0, 1, "submittedAt", true));
        assertThat(of("0", "1", "submittedAt,DESC").ascending()).isFalse();
    }

    @Test
    void theDeepestPageOfTheLargestSizeStaysFarFromOverflowing() {
        PageRequest deepest = of(String.valueOf(PageRequest.MAX_PAGE), String.valueOf(PageRequest.MAX_SIZE), null);
        assertThat(deepest.firstResult()).isEqualTo(1_000_000);
        assertThat(of("2", "20", null).firstResult()).isEqualTo(40);
    }

    @Test
    void everyBrokenParameterIsNamed() {
        assertThatThrownBy(() -> of("-1", "0", "status,asc"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("page", "size", "sort");
                });
        assertThatThrownBy(() -> of("0", "101", null)).isInstanceOfSatisfying(ProblemException.class, problem ->
                assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("size"));
        for (String sort : new String[] {"dueDate,up", "dueDate,asc,again", ",asc"}) {
            assertThatThrownBy(() -> of("0", "20", sort)).isInstanceOfSatisfying(ProblemException.class, problem ->
                    assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("sort"));
        }
    }

    /** 999999999 * 20 overflows an int: the first result went negative and the database refused it (500). */
    @ParameterizedTest
    @ValueSource(strings = {"999999999", "10001", "2147483647", "2147483648", "9223372036854775808",
            "99999999999999999999999", "-1", "-2147483649", "abc", "1.5", "1e3", "0x10", "٣"})
    void aPageOutOfRangeOrNotANumberIsRefused(String page) {
        assertThatThrownBy(() -> of(page, "20", null)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("page");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "101", "10000", "2147483648", "nine"})
    void aSizeOutOfRangeOrNotANumberIsRefused(String size) {
        assertThatThrownBy(() -> of("0", size, null)).isInstanceOfSatisfying(ProblemException.class, problem ->
                assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("size"));
    }
}
