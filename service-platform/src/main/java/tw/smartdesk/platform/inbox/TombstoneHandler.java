package tw.smartdesk.platform.inbox;

import io.smallrye.mutiny.Uni;

/**
 * What a consumer of a compacted topic does with a tombstone (the key with a null value): erase
 * everything it holds for that key. Runs in a transaction, once per tombstone record.
 */
@FunctionalInterface
public interface TombstoneHandler {

    /** The effect of erasing {@code key}, run inside the transaction {@link Inbox} opens. */
    Uni<Void> erase(String key);
}
