package tw.smartdesk.application.lifecycle;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Test-data builder for catalogue rows with a fresh code (e.g. {@code ZQKX-417}), so that a test's
 * applications can be told apart from everyone else's by service code.
 */
final class StoredServices {

    private boolean smartDeskPickup = true;
    private int processingDays = 3;
    private int pickupWindowDays = 3;
    private String compartmentSize = "M";
    private boolean retired;

    static StoredServices service() {
        return new StoredServices();
    }

    StoredServices counterOnly() {
        smartDeskPickup = false;
        return this;
    }

    StoredServices pickupWindowDays(int days) {
        pickupWindowDays = days;
        return this;
    }

    StoredServices processingDays(int days) {
        processingDays = days;
        return this;
    }

    StoredServices compartmentSize(String size) {
        compartmentSize = size;
        return this;
    }

    StoredServices retired() {
        retired = true;
        return this;
    }

    /** Inserts version 1 as the current version and returns the code. */
    String insert() {
        String code = freshCode();
        Database.update("""
                insert into service_definition (code, version, name_zh, name_en, department, fee_ntd, processing_days,
                    proxy_allowed, compartment_size, pickup_window_days, smart_desk_pickup, retired, current, changed_by)
                values (?, 1, '測試服務', 'Test service', '測試課', 0, ?, true, ?, ?, ?, ?, true, 'test')
                """, code, processingDays, compartmentSize, pickupWindowDays, smartDeskPickup, retired);
        return code;
    }

    static String freshCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("Z");
        for (int i = 0; i < 3; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        return code.append('-').append(String.format("%03d", random.nextInt(1000))).toString();
    }
}
