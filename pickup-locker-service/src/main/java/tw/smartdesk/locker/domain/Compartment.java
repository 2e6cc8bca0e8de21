package tw.smartdesk.locker.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import tw.smartdesk.events.locker.CompartmentSize;

/** One door of a locker bank. */
@Entity
@Table(name = "compartment")
public class Compartment {

    @Id
    public UUID id;

    @Column(name = "locker_id", nullable = false)
    public UUID lockerId;

    /** Printed on the door, such as {@code A-12}; events carry it as compartmentLabel. */
    @Column(nullable = false)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CompartmentSize size;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CompartmentStatus status;

    @Version
    public int version;
}
