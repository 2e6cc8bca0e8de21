package tw.smartdesk.application.config;

import io.smallrye.config.ConfigMapping;

/** Settings of application-service ({@code smartdesk.application.*}). */
@ConfigMapping(prefix = "smartdesk.application")
public interface ApplicationConfig {


    /**
     * Base64 of the 32-byte AES-256 key that encrypts applicant personal data at rest (ID number,
     * name, phone, e-mail, LINE id, a proxy's name); set by SMARTDESK_APPLICANT_DATA_KEY. Only the dev
     * and test profiles have a default: production refuses to start without it.
     */
    String dataKey();

    /**
     * Secret (at least 32 characters) of the keyed hash (HMAC-SHA256) of the normalised ID number that
     * finds a returning applicant; set by SMARTDESK_APPLICANT_ID_HASH_KEY, dev and test defaults only.
     * Changing it makes every stored applicant unfindable, so it is set once per deployment.
     */
    String idHashKey();

    /** The site whose Smart Desk or counter hands documents over when a submission names none. */
    String defaultPickupSite();
}
