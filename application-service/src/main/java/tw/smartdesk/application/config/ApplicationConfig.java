package tw.smartdesk.application.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** Settings of application-service ({@code smartdesk.application.*}). */
@ConfigMapping(prefix = "smartdesk.application")
public interface ApplicationConfig {

    /**
     * Key ring of the AES-256-GCM keys that seal applicant personal data at rest (ID number, name, birth date,
     * phone, e-mail, LINE id, a proxy's name, form values, a filing's own contacts):
     * {@code <keyId>:<base64 of 32 bytes>[,...]}, the current key first, older keys after it until re-encryption
     * has moved every value off them; set by SMARTDESK_APPLICANT_DATA_KEYS. Only dev and test have a default.
     */
    String dataKeys();

    /**
     * Key ring of the keyed hash (HMAC-SHA256) of the normalised ID number that finds a returning applicant:
     * {@code <keyId>:<secret of at least 32 characters>[,...]}, the current key first; look-ups try every key
     * until the re-hash has moved every applicant onto the current one. Set by SMARTDESK_APPLICANT_ID_HASH_KEYS.
     */
    String idHashKeys();

    /**
     * How long filing uses a service's current catalogue version from memory before reading it again
     * ({@code CurrentServices}); a change made through this instance is seen at once, one made through
     * another instance within this time. Set by SMARTDESK_CATALOGUE_CACHE_TTL.
     */
    Duration catalogueCacheTtl();

    /** The site whose Smart Desk or counter hands documents over when a submission names none. */
    String defaultPickupSite();

    /**
     * The work queue counts matching applications up to this many for its page's {@code total}; past it the total
     * says this number and {@code totalExact} is false. Counting every row on every request took 44 ms with 190,000
     * applications and capped the queue at 72 requests/s after a benchmark had filed 600,000 (load-tests/README.md).
     */
    @WithDefault("10000")
    @Min(1)
    @Max(1_000_000)
    int workQueueCountLimit();
}
