package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tw.smartdesk.platform.ProbeDatabase.Receipt;

/** Events of one aggregate reach the idempotent consumer in the order they were committed. */
@QuarkusTest
class OrderPerKeyTest {

    private static final int EVENTS_PER_KEY = 50;
    private static final int EVENTS_PER_TRANSACTION = 5;

    @Test
    void threeKeysWrittenInInterleavedTransactionsArriveInOrderPerKey() {
        List<UUID> keys = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        ExecutorService writers = Executors.newFixedThreadPool(keys.size());
        try {
            // one writer per key, all at once: the keys' transactions interleave, each key's follow one another
            CompletableFuture.allOf(keys.stream()
                    .map(key -> CompletableFuture.runAsync(() -> writeAll(key), writers))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            writers.shutdown();
        }

        List<Integer> expected = IntStream.rangeClosed(1, EVENTS_PER_KEY).boxed().toList();
        for (UUID key : keys) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ProbeDatabase.receipts(key).size() >= EVENTS_PER_KEY);
            List<Receipt> receipts = ProbeDatabase.receipts(key);
            assertThat(receipts).extracting(Receipt::sentSeq).as("arrival order of key %s", key).isEqualTo(expected);
            assertThat(receipts).extracting(Receipt::arrivalSeq).isEqualTo(expected);
        }
    }

    private static void writeAll(UUID key) {
        for (int first = 1; first <= EVENTS_PER_KEY; first += EVENTS_PER_TRANSACTION) {
            ProbeClient.write(key, EVENTS_PER_TRANSACTION, first);
        }
    }
}
