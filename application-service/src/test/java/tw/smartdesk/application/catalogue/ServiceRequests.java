package tw.smartdesk.application.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test-data builder for admin catalogue requests: a valid service with a fresh code and, unless told
 * otherwise, a department no other test uses, so that lists filtered by it hold only this test's services.
 */
final class ServiceRequests {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private ServiceRequests(String code, String department) {
        body.put("code", code);
        body.put("nameZh", "測試謄本 " + code);
        body.put("nameEn", "Test transcript " + code);
        body.put("department", department);
        body.put("feeNtd", 20);
        body.put("processingDays", 2);
        body.put("requiredFields", List.of(Map.of("name", "section", "label", "地段", "pattern", "\\p{IsHan}{1,8}段", "required", true)));
        body.put("requiredDocuments", List.of(Map.of("code", "ID_CARD", "label", "國民身分證")));
        body.put("proxyAllowed", true);
        body.put("compartmentSize", "S");
        body.put("pickupWindowDays", 3);
        body.put("smartDeskPickup", true);
    }

    static ServiceRequests service() {
        return new ServiceRequests(freshCode(), freshDepartment());
    }

    ServiceRequests with(String key, Object value) {
        body.put(key, value);
        return this;
    }

    ServiceRequests without(String key) {
        body.remove(key);
        return this;
    }

    String code() {
        return (String) body.get("code");
    }

    String department() {
        return (String) body.get("department");
    }

    Map<String, Object> body() {
        return new LinkedHashMap<>(body);
    }

    /** Four letters starting with Y, a dash, three digits: never a seeded code. */
    static String freshCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder("Y");
        for (int i = 0; i < 3; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        return code.append('-').append(String.format("%03d", random.nextInt(1000))).toString();
    }

    static String freshDepartment() {
        return "測試處-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
