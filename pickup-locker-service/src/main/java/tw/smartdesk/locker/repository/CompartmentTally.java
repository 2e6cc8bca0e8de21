package tw.smartdesk.locker.repository;

import java.util.UUID;
import tw.smartdesk.events.locker.CompartmentSize;
import tw.smartdesk.locker.domain.SizeCapacity;

/** A row of {@link CompartmentRepository#tally}: one locker's compartments of one size. */
public record CompartmentTally(UUID lockerId, CompartmentSize size, Long total, Long free) {

    public SizeCapacity capacity() {
        return new SizeCapacity(size, total, free);
    }
}
