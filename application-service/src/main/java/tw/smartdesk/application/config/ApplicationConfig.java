package tw.smartdesk.application.config;

import io.smallrye.config.ConfigMapping;

/** Settings of application-service ({@code smartdesk.application.*}). */
@ConfigMapping(prefix = "smartdesk.application")
public interface ApplicationConfig {

    /** Secret of the keyed hash (HMAC-SHA256) that derives applicantRef; set by SMARTDESK_APPLICANT_REF_KEY. */
    String applicantRefKey();
}
