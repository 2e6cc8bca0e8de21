package tw.smartdesk.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * How many write transactions of an instance run at once, and how many may wait for a turn
 * ({@code smartdesk.db.transaction-slots.*}, see {@code TransactionSlots}).
 */
@ConfigMapping(prefix = "smartdesk.db.transaction-slots")
public interface TransactionSlotsConfig {

    /** Write transactions running at once (the pool's size, 10, by default in the platform's configuration). */
    @Positive
    int running();

    /** Writes waiting for a turn; one more is refused with 503 and {@code Retry-After} (1000). */
    @WithDefault("1000")
    @PositiveOrZero
    int waiting();
}
