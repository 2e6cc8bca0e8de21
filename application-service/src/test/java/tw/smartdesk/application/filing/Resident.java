package tw.smartdesk.application.filing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tw.smartdesk.application.domain.NationalIds;

/**
 * Test-data builder for a resident: every value is fresh, so a test can search the database and
 * Kafka for exactly this person's data and never meets another test's.
 */
public record Resident(String nationalId, String name, LocalDate birthDate, String phone, String email, String lineId) {

    public static Resident random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Resident(nationalId(random.nextBoolean() ? '1' : '2'), randomName(), LocalDate.of(1988, 4, 2),
                "09" + digits(8), "r" + UUID.randomUUID().toString().substring(0, 12) + "@example.tw",
                "line." + UUID.randomUUID().toString().substring(0, 8));
    }

    /** An old-format resident certificate number (two letters), e.g. for a foreign resident. */
    static Resident foreignResident() {
        Resident resident = random();
        return new Resident(nationalId((char) ('A' + ThreadLocalRandom.current().nextInt(4))), "Jane " + resident.name(),
                resident.birthDate(), resident.phone(), resident.email(), resident.lineId());
    }

    /** Someone else (every other value fresh) who files with this resident's ID number. */
    Resident impersonating(Resident victim) {
        return new Resident(victim.nationalId(), name, LocalDate.of(1950, 1, 1), phone, email, lineId);
    }

    Resident withPhone(String newPhone) {
        return new Resident(nationalId, name, birthDate, newPhone, email, lineId);
    }

    /** The 9 digits every stored form of the phone number contains (0912345678 and +886912345678). */
    String phoneDigits() {
        return phone.substring(1);
    }

    /** The {@code applicant} object of a submission, with every contact detail. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("nationalId", nationalId);
        json.put("name", name);
        json.put("birthDate", birthDate.toString());
        json.put("phone", phone);
        json.put("email", email);
        json.put("lineId", lineId);
        json.put("locale", "zh-TW");
        json.put("channelPreferences", java.util.List.of("SMS", "EMAIL"));
        json.put("township", "TAITUNG_CITY");
        json.put("residency", "IN_COUNTY");
        return json;
    }

    /** A valid number with the given second character; the check digit is found by trying all ten. */
    static String nationalId(char second) {
        String prefix = (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + String.valueOf(second) + digits(7);
        for (int check = 0; check <= 9; check++) {
            if (NationalIds.isValid(prefix + check)) {
                return prefix + check;
            }
        }
        throw new IllegalStateException("no check digit for " + prefix);
    }

    private static String randomName() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder("王");
        for (int i = 0; i < 4; i++) {
            name.appendCodePoint(0x4E00 + random.nextInt(0x51A5));
        }
        return name.toString();
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
