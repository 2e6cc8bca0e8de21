package tw.smartdesk.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationLifecycleTest {

    @Test
    void theHappyPathRunsFromSubmittedToCompleted() {
        ApplicationStatus status = ApplicationStatus.SUBMITTED;
        status = ApplicationLifecycle.next(status, LifecycleAction.ACCEPT);
        status = ApplicationLifecycle.next(status, LifecycleAction.REQUEST_SUPPLEMENT);
        status = ApplicationLifecycle.next(status, LifecycleAction.PROVIDE_SUPPLEMENT);
        status = ApplicationLifecycle.next(status, LifecycleAction.REQUEST_SUPPLEMENT);
        status = ApplicationLifecycle.next(status, LifecycleAction.PROVIDE_SUPPLEMENT);
        status = ApplicationLifecycle.next(status, LifecycleAction.MARK_READY);
        assertThat(ApplicationLifecycle.next(status, LifecycleAction.COMPLETE)).isEqualTo(ApplicationStatus.COMPLETED);
    }

    @Test
    void onlyASubmittedApplicationCanBeCancelled() {
        assertThat(ApplicationLifecycle.next(ApplicationStatus.SUBMITTED, LifecycleAction.CANCEL))
                .isEqualTo(ApplicationStatus.CANCELLED);
        for (ApplicationStatus status : EnumSet.complementOf(EnumSet.of(ApplicationStatus.SUBMITTED))) {
            assertThat(ApplicationLifecycle.allowed(status)).doesNotContain(LifecycleAction.CANCEL);
        }
    }

    @Test
    void rejectionIsPossibleUntilTheDocumentIsReady() {
        assertThat(EnumSet.allOf(ApplicationStatus.class))
                .filteredOn(status -> ApplicationLifecycle.allowed(status).contains(LifecycleAction.REJECT))
                .containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED,
                        ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.SUPPLEMENT_PROVIDED);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"COMPLETED", "REJECTED", "CANCELLED"})
    void finalStatusesAllowNothing(ApplicationStatus status) {
        assertThat(ApplicationLifecycle.isFinal(status)).isTrue();
        assertThatThrownBy(() -> ApplicationLifecycle.next(status, LifecycleAction.ACCEPT))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("final status");
    }

    @Test
    void anIllegalTransitionNamesTheAllowedActions() {
        assertThatThrownBy(() -> ApplicationLifecycle.next(ApplicationStatus.SUBMITTED, LifecycleAction.COMPLETE))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.allowed()).containsExactly(LifecycleAction.ACCEPT, LifecycleAction.REJECT, LifecycleAction.CANCEL);
                    assertThat(e.getMessage()).contains("ACCEPT", "REJECT", "CANCEL");
                });
    }
}
