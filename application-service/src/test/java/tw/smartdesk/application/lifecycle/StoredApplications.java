package tw.smartdesk.application.lifecycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import tw.smartdesk.application.domain.ApplicationStatus;

/**
 * Test-data builder for applications written straight into the database, in any status, so that
 * lifecycle tests do not depend on the filing endpoint. A SUBMIT history entry is written with it.
 */
final class StoredApplications {

    private String owner = "citizen-" + UUID.randomUUID();
    private String serviceCode;
    private String channel = "ONLINE";
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;
    private LocalDate dueDate = LocalDate.now().plusDays(5);
    private Instant submittedAt = Instant.now();
    private String pickupMethod = "SMART_DESK";
    private String siteId = "TTCSC-MAIN";
    private String compartmentSize;
    private UUID submissionId = UUID.randomUUID();

    static StoredApplications application() {
        return new StoredApplications();
    }

    StoredApplications owner(String subject) {
        owner = subject;
        return this;
    }

    StoredApplications service(String code) {
        serviceCode = code;
        return this;
    }

    StoredApplications channel(String name) {
        channel = name;
        return this;
    }

    StoredApplications status(ApplicationStatus value) {
        status = value;
        return this;
    }

    StoredApplications dueDate(LocalDate day) {
        dueDate = day;
        return this;
    }

    StoredApplications submittedAt(Instant at) {
        submittedAt = at;
        return this;
    }

    StoredApplications pickupMethod(String method) {
        pickupMethod = method;
        return this;
    }

    StoredApplications site(String id) {
        siteId = id;
        return this;
    }

    /** Files it in this one-stop submission, with the other applications given the same id. */
    StoredApplications submission(UUID id) {
        submissionId = id;
        return this;
    }

    StoredApplications compartmentSize(String size) {
        compartmentSize = size;
        return this;
    }

    /** Inserts the application (and, unless a code was given, a fresh catalogue service for it); returns its id. */
    UUID insert() {
        UUID id = UUID.randomUUID();
        String code = serviceCode != null ? serviceCode : StoredServices.service().insert();
        Database.update("""
                insert into application (id, submission_id, applicant_ref, owner_subject, service_code, channel, status,
                    submitted_by, submitted_at, service_version, pickup_method, site_id, compartment_size, due_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
                """, id, submissionId, "APL-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24), owner,
                code, channel, status.name(), owner, Timestamp.from(submittedAt), pickupMethod, siteId, compartmentSize,
                dueDate);
        Database.update("""
                insert into application_history (application_id, at, action, to_status, actor_subject, actor_role, channel)
                values (?, ?, 'SUBMIT', ?, ?, 'citizen', ?)
                """, id, Timestamp.from(submittedAt), status.name(), owner, channel);
        return id;
    }

    /**
     * The applicant's reference, as stored: a citizen's answers never carry it, so tests that file as a
     * citizen read it here.
     */
    static String applicantRefOf(UUID id) {
        return Database.value("select applicant_ref from application where id = ?", id);
    }

    static String statusOf(UUID id) {
        return Database.value("select status from application where id = ?", id);
    }

    static String pickupMethodOf(UUID id) {
        return Database.value("select pickup_method from application where id = ?", id);
    }

    /** The CloudEvents types this application's events have in the outbox, oldest first. */
    static List<String> outboxTypes(UUID id) {
        return Database.column("select ce_type from outbox_event where message_key = ? order by id", id.toString());
    }
}
