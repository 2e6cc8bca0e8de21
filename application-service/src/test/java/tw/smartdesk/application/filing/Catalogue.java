package tw.smartdesk.application.filing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Test-data builder for catalogue services, written straight into {@code service_definition} with a
 * fresh code (X + three letters), so tests never depend on the seed and can pick the flags they need.
 */
final class Catalogue {

    /** The form fields every built service asks for: a required section (地段) and an optional copy count. */
    static final String FIELDS = """
            [{"name":"section","label":"地段","pattern":"\\\\p{IsHan}{1,8}段","required":true},
             {"name":"copies","label":"份數","pattern":"[1-9]|10","required":false}]""";

    private final String code = freshCode();
    private boolean proxyAllowed = true;
    private boolean smartDeskPickup = true;
    private boolean retired;
    private int processingDays = 2;
    private String compartmentSize = "S";

    static Catalogue service() {
        return new Catalogue();
    }

    Catalogue inPersonOnly() {
        proxyAllowed = false;
        return this;
    }

    Catalogue counterPickupOnly() {
        smartDeskPickup = false;
        return this;
    }

    Catalogue retired() {
        retired = true;
        return this;
    }

    Catalogue processingDays(int days) {
        processingDays = days;
        return this;
    }

    Catalogue compartment(String size) {
        compartmentSize = size;
        return this;
    }

    /** Stores the service (version 3, so tests can tell it from a default) and returns its code. */
    String create() {
        Db.update("""
                insert into service_definition (code, version, name_zh, name_en, department, fee_ntd, processing_days,
                    required_fields, required_documents, proxy_allowed, compartment_size, pickup_window_days,
                    smart_desk_pickup, retired, current, changed_by)
                values (?, 3, ?, ?, '測試處', 20, ?, ?, '[]', ?, ?, 3, ?, ?, true, 'test')
                """, code, "測試謄本 " + code, "Test transcript " + code, processingDays, FIELDS, proxyAllowed,
                compartmentSize, smartDeskPickup, retired);
        return code;
    }

    private static String freshCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("X");
        for (int i = 0; i < 3; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        return code.append('-').append(String.format("%03d", random.nextInt(1000))).toString();
    }
}
