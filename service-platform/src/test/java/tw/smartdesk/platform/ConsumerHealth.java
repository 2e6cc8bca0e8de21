package tw.smartdesk.platform;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What operations see of a consumer: its readiness check and its stuck gauge. */
final class ConsumerHealth {

    private static final String CHECK = "checks.find { it.name == 'SmartDesk consumers' }";

    private ConsumerHealth() {
    }

    /** The status of the consumers' readiness check, UP or DOWN. */
    static String status() {
        return ready().getString(CHECK + ".status");
    }

    /** The data of the consumers' readiness check: one entry per stuck partition. */
    static Map<String, Object> stuck() {
        Map<String, Object> data = ready().getMap(CHECK + ".data");
        return data == null ? Map.of() : data;
    }

    /** {@code smartdesk_consumer_stuck_seconds} of {@code consumer}, or -1 before it is registered. */
    static double stuckSeconds(String consumer) {
        String metrics = given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher gauge = Pattern.compile("smartdesk_consumer_stuck_seconds\\{[^}]*consumer=\"" + Pattern.quote(consumer)
                + "\"[^}]*} (\\S+)").matcher(metrics);
        return gauge.find() ? Double.parseDouble(gauge.group(1)) : -1;
    }

    private static JsonPath ready() {
        return given().when().get("/q/health/ready").then().extract().jsonPath();
    }
}
