package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Drives the probe application over HTTP. */
public final class ProbeClient {

    public static final String TOPIC = "application-events";

    private ProbeClient() {
    }

    /** Commits {@code count} events of {@code key} in one transaction, numbered from {@code firstSeq}; returns their ids. */
    public static List<UUID> write(UUID key, int count, int firstSeq) {
        return given().contentType(ContentType.JSON).body(body(key, count, firstSeq, false))
                .when().post("/probe/events")
                .then().statusCode(200)
                .extract().jsonPath().getList("eventIds", UUID.class);
    }

    /** Commits one event of {@code key} after holding its transaction open for {@code holdMillis}. */
    public static UUID writeHeld(UUID key, int seq, int holdMillis) {
        return given().contentType(ContentType.JSON)
                .queryParam("key", key).queryParam("seq", seq).queryParam("holdMillis", holdMillis)
                .when().post("/probe/events/held")
                .then().statusCode(200)
                .extract().jsonPath().getList("eventIds", UUID.class).get(0);
    }

    public static UUID writeOne(UUID key, int seq) {
        return write(key, 1, seq).get(0);
    }

    static String body(UUID key, int count, int firstSeq, boolean failAfterWrite) {
        return """
                {"key":"%s","count":%d,"firstSeq":%d,"failAfterWrite":%b}
                """.formatted(key, count, firstSeq, failAfterWrite);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
