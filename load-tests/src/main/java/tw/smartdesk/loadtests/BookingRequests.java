package tw.smartdesk.loadtests;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The requests the benchmark makes of reservation-service (its README and {@code ReservationResource}): a citizen
 * booking an APPLY visit for HR-001 at the main site, and the slots of one day. A citizen's first booking also makes
 * reservation-service ask application-service who the person is ({@code POST /internal/persons/resolve}).
 */
final class BookingRequests {

    static final String SITE = "TTCSC-MAIN";
    static final String PURPOSE = "APPLY";
    static final String SERVICE = "HR-001";
    /** The kind an answer 409 slot-full is counted under: an expected outcome once a slot fills, not an error. */
    static final String SLOT_FULL = "409 slot-full";
    private static final String SLOT_FULL_TYPE = "urn:smartdesk:problem:slot-full";

    private final int port;
    private final boolean idempotencyKeys;

    BookingRequests(int port, boolean idempotencyKeys) {
        this.port = port;
        this.idempotencyKeys = idempotencyKeys;
    }

    /** {@code POST /reservations} of the slot starting at {@code slotStart}, by the resident the token is of; tagged with the start. */
    HttpCall book(String residentToken, String slotStart) {
        String body = new JsonObject().put("siteId", SITE).put("slotStart", slotStart).put("purpose", PURPOSE)
                .put("serviceCodes", new JsonArray().add(SERVICE)).encode();
        return HttpCall.post(port, "/reservations", residentToken, body, idempotencyKeys ? UUID.randomUUID().toString() : null, slotStart);
    }

    /** {@code GET /sites/{id}/slots} of one day, APPLY for the service booked. */
    HttpCall slots(LocalDate day, String token) {
        return HttpCall.get(port, "/sites/" + SITE + "/slots?date=" + day + "&purpose=" + PURPOSE + "&service=" + SERVICE, token);
    }

    /** {@code GET /sites/{id}}: the site, with its time zone. */
    HttpCall site(String token) {
        return HttpCall.get(port, "/sites/" + SITE, token);
    }

    /** Whether the answer is 409 with the problem type slot-full. */
    static boolean slotFull(HttpLoad.Answer answer) {
        if (answer.status() != 409) {
            return false;
        }
        try {
            return SLOT_FULL_TYPE.equals(new JsonObject(answer.text()).getString("type"));
        } catch (DecodeException | ClassCastException e) {
            return false;
        }
    }
}
