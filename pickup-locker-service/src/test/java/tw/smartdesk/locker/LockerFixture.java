package tw.smartdesk.locker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import tw.smartdesk.events.locker.CompartmentSize;
import tw.smartdesk.locker.domain.CompartmentStatus;
import tw.smartdesk.locker.domain.LockerStatus;
import tw.smartdesk.testsupport.SmartDeskTestResource;
import tw.smartdesk.testsupport.TestDatabases;

/** Builds lockers at a site of their own straight in the test database, so no test sees another's. */
final class LockerFixture {

    private final String siteId = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final List<String> statements = new ArrayList<>();
    private final List<Object[]> parameters = new ArrayList<>();
    private UUID currentLocker;
    private String currentCode;
    private int nextNumber;

    String siteId() {
        return siteId;
    }

    LockerFixture locker(String code, LockerStatus status) {
        currentLocker = UUID.randomUUID();
        currentCode = code;
        nextNumber = 1;
        add("insert into locker (id, site_id, code, name_zh, name_en, location_zh, location_en, status)"
                + " values (?, ?, ?, ?, ?, '測試', 'Test', ?)",
                currentLocker, siteId, code, "測試櫃 " + code, "Test locker " + code, status.name());
        return this;
    }

    LockerFixture compartments(int count, CompartmentSize size, CompartmentStatus status) {
        for (int i = 0; i < count; i++) {
            add("insert into compartment (id, locker_id, label, size, status) values (?, ?, ?, ?, ?)",
                    UUID.randomUUID(), currentLocker, currentCode + "-" + nextNumber++, size.name(), status.name());
        }
        return this;
    }

    LockerFixture insert() throws Exception {
        try (Connection connection = TestDatabases.connect(SmartDeskTestResource.currentDatabase())) {
            for (int i = 0; i < statements.size(); i++) {
                try (PreparedStatement statement = connection.prepareStatement(statements.get(i))) {
                    Object[] values = parameters.get(i);
                    for (int p = 0; p < values.length; p++) {
                        statement.setObject(p + 1, values[p]);
                    }
                    statement.executeUpdate();
                }
            }
        }
        return this;
    }

    private void add(String sql, Object... values) {
        statements.add(sql);
        parameters.add(values);
    }
}
