package tw.smartdesk.application.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import tw.smartdesk.application.domain.ApplicationForm;
import tw.smartdesk.application.keys.ApplicantCrypto;
import tw.smartdesk.application.keys.SealedColumn;
import tw.smartdesk.platform.sql.WriteBatch;

/** The form values of applications, sealed at rest with the applicant data key. */
@ApplicationScoped
public class ApplicationForms {

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    private final ApplicantCrypto crypto;
    private final ObjectMapper json;

    ApplicationForms(ApplicantCrypto crypto, ObjectMapper json) {
        this.crypto = crypto;
        this.json = json;
    }

    private static final String INSERT = "insert into application_form (application_id, fields_enc) values ($1, $2)";

    /** Adds the values an application is filed with to {@code writes}, after the application's own row. */
    public void save(WriteBatch writes, UUID applicationId, Map<String, String> values) {
        writes.add(INSERT, applicationId, crypto.seal(SealedColumn.APPLICATION_FORM_FIELDS, applicationId,
                write(values == null ? Map.of() : new TreeMap<>(values))));
    }

    /** The values an application was filed with, for staff; empty when there were none or they were erased. */
    public Uni<Map<String, String>> of(UUID applicationId) {
        return ApplicationForm.<ApplicationForm>findById(applicationId)
                .map(form -> form == null || form.fieldsEncrypted == null ? Map.of() : read(crypto.open(SealedColumn.APPLICATION_FORM_FIELDS, applicationId, form.fieldsEncrypted)));
    }

    private String write(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Form values cannot be written as JSON", e);
        }
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored form values are not JSON", e);
        }
    }
}
