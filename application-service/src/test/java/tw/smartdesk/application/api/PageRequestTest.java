package tw.smartdesk.application.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.http.Problem;
import tw.smartdesk.platform.http.ProblemException;

class PageRequestTest {

    private static final Set<String> SORTABLE = Set.of("dueDate", "submittedAt");

    @Test
    void absentParametersMeanTheFirstPageOfTwentyInTheDefaultOrder() {
        assertThat(PageRequest.of(null, null, null, SORTABLE, "dueDate,asc"))
                .isEqualTo(new PageRequest(0, 20, "dueDate", true));
        assertThat(PageRequest.of(3, 100, "submittedAt,desc", SORTABLE, "dueDate,asc"))
                .isEqualTo(new PageRequest(3, 100, "submittedAt", false));
        assertThat(PageRequest.of(0, 1, "submittedAt", SORTABLE, "dueDate,asc"))
                .isEqualTo(new PageRequest(0, 1, "submittedAt", true));
        assertThat(PageRequest.of(0, 1, "submittedAt,DESC", SORTABLE, "dueDate,asc").ascending()).isFalse();
    }

    @Test
    void everyBrokenParameterIsNamed() {
        assertThatThrownBy(() -> PageRequest.of(-1, 0, "status,asc", SORTABLE, "dueDate,asc"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("page", "size", "sort");
                });
        assertThatThrownBy(() -> PageRequest.of(0, 101, null, SORTABLE, "dueDate,asc"))
                .isInstanceOfSatisfying(ProblemException.class, problem ->
                        assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("size"));
        for (String sort : new String[] {"dueDate,up", "dueDate,asc,again", ",asc"}) {
            assertThatThrownBy(() -> PageRequest.of(0, 20, sort, SORTABLE, "dueDate,asc"))
                    .isInstanceOfSatisfying(ProblemException.class, problem ->
                            assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("sort"));
        }
    }
}
