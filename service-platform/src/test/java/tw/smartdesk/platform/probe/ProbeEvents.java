package tw.smartdesk.platform.probe;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.application.ApplicationChannel;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.events.application.Residency;

/**
 * Probe events on application-events, the sending order in the service code: the probe application records
 * {@code ApplicationSubmittedV2} (the version producers may record); tests send the superseded
 * {@code ApplicationSubmitted} straight to Kafka, its free-text township steering the probe consumer.
 */
public final class ProbeEvents {

    private static final String SEQ_PREFIX = "PROBE-";

    private ProbeEvents() {
    }

    /** Event number {@code seq} (1 to 999) of the aggregate {@code key}. */
    public static ApplicationSubmitted submitted(UUID key, int seq) {
        return submitted(key, seq, null);
    }

    /** Event number {@code seq} (1 to 999) of the aggregate {@code key} from {@code township}, which steers the probe consumer. */
    public static ApplicationSubmitted submitted(UUID key, int seq, String township) {
        return new ApplicationSubmitted(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS), key,
                UUID.randomUUID(), "APL-probe", serviceCode(seq), ApplicationChannel.ONLINE, township, null,
                Residency.IN_COUNTY);
    }

    /** Event number {@code seq} (1 to 999) of the aggregate {@code key}, in the version the outbox records. */
    public static ApplicationSubmittedV2 current(UUID key, int seq) {
        return new ApplicationSubmittedV2(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS), key,
                UUID.randomUUID(), "APL-probe", serviceCode(seq), ApplicationChannel.ONLINE, null, null,
                Residency.IN_COUNTY, null);
    }

    /** The sending order as a service code the event's schema accepts ({@code PROBE-007}). */
    private static String serviceCode(int seq) {
        return SEQ_PREFIX + String.format("%03d", seq);
    }

    /** The sending order a probe event carries, or null for any other event. */
    static Integer sentSeq(SmartDeskEvent event) {
        String serviceCode = event instanceof ApplicationSubmitted submitted ? submitted.serviceCode()
                : event instanceof ApplicationSubmittedV2 submitted ? submitted.serviceCode() : null;
        if (serviceCode != null && serviceCode.startsWith(SEQ_PREFIX)) {
            return Integer.valueOf(serviceCode.substring(SEQ_PREFIX.length()));
        }
        return null;
    }
}
