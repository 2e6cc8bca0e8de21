package tw.smartdesk.application.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The form values an application was filed with (the catalogue service's own fields, such as a land
 * lot number). They may name people or places, so they are kept encrypted as one JSON object and
 * cleared on erasure.
 */
@Entity
@Table(name = "application_form")
public class ApplicationForm extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    /** AES-GCM sealed JSON object of field name to value; null once erased. */
    @Column(name = "fields_enc")
    public byte[] fieldsEncrypted;
}
