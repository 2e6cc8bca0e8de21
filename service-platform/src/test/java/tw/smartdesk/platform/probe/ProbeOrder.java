package tw.smartdesk.platform.probe;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What the Idempotency-Key probe endpoint writes. */
@Entity
@Table(name = "probe_order")
public class ProbeOrder extends PanacheEntityBase {

    @Id
    public UUID id;
    public String item;
    public int quantity;
    @Column(name = "created_at")
    public Instant createdAt;
}
