package tw.smartdesk.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.http.ProblemException;

/** Admission of write transactions: how many run, in which order the others follow, what a full queue answers. */
class TransactionSlotsTest {

    private final List<String> started = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<String>> ends = new ArrayList<>();

    @Test
    void atMostTheRunningLimitRunAndTheOthersFollowInArrivalOrder() {
        TransactionSlots slots = new TransactionSlots(2, 10);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(submit(slots, "tx-" + i));
        }
        assertThat(started).containsExactly("tx-0", "tx-1");
        assertThat(slots.counts()).containsExactly(2, 3);

        ends.get(1).complete("done-1");
        assertThat(started).containsExactly("tx-0", "tx-1", "tx-2");
        ends.get(0).completeExceptionally(new IllegalStateException("rolled back"));
        assertThat(started).containsExactly("tx-0", "tx-1", "tx-2", "tx-3");
        ends.get(2).complete("done-2");
        ends.get(3).complete("done-3");
        ends.get(4).complete("done-4");

        assertThat(answers.get(1).join()).isEqualTo("done-1");
        assertThat(answers.get(0)).isCompletedExceptionally();
        assertThat(answers.get(4).join()).isEqualTo("done-4");
        assertThat(slots.counts()).containsExactly(0, 0);
    }

    @Test
    void aWriteBeyondTheWaitingLimitIsRefusedWith503AndRetryAfter() {
        TransactionSlots slots = new TransactionSlots(1, 1);
        submit(slots, "running");
        submit(slots, "waiting");

        CompletableFuture<String> refused = submit(slots, "one too many");

        assertThat(refused).isCompletedExceptionally();
        assertThat(refused.handle((ok, failure) -> failure).join())
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(503);
                    assertThat(problem.retryAfter()).isNotNull();
                });
        assertThat(started).containsExactly("running");
    }

    @Test
    void aCallerThatGoesAwayLeavesTheQueueAndNoSlotIsLost() {
        TransactionSlots slots = new TransactionSlots(1, 10);
        submit(slots, "running");
        Cancellable gone = slots.run(() -> transaction("gone")).subscribe().with(item -> { }, failure -> { });
        submit(slots, "next");
        assertThat(slots.counts()).containsExactly(1, 2);

        gone.cancel();
        assertThat(slots.counts()).containsExactly(1, 1);
        ends.get(0).complete("done");

        assertThat(started).containsExactly("running", "next");
        ends.get(1).complete("done");
        assertThat(slots.counts()).containsExactly(0, 0);
    }

    @Test
    void aRunningTransactionWhoseCallerGoesAwayFreesItsSlot() {
        TransactionSlots slots = new TransactionSlots(1, 10);
        Cancellable gone = slots.run(() -> transaction("abandoned")).subscribe().with(item -> { }, failure -> { });
        submit(slots, "next");

        gone.cancel();

        assertThat(started).containsExactly("abandoned", "next");
    }

    private CompletableFuture<String> submit(TransactionSlots slots, String name) {
        return slots.run(() -> transaction(name)).subscribeAsCompletionStage();
    }

    /** A transaction that starts when subscribed and ends when the test completes its future. */
    private Uni<String> transaction(String name) {
        started.add(name);
        CompletableFuture<String> end = new CompletableFuture<>();
        ends.add(end);
        return Uni.createFrom().completionStage(end);
    }
}
