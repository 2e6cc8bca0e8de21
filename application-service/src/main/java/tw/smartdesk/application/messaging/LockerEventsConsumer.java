package tw.smartdesk.application.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import tw.smartdesk.application.service.PickupRouting;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.application.PickupMethodChangeReason;
import tw.smartdesk.events.locker.DocumentPickedUp;
import tw.smartdesk.events.locker.LockerCapacityExhausted;
import tw.smartdesk.events.locker.PickupExpired;
import tw.smartdesk.platform.inbox.IncomingEvents;
import tw.smartdesk.platform.inbox.ProcessedEvents;

/**
 * Reads {@code locker-events}: {@code DocumentPickedUp} completes the application;
 * {@code PickupExpired} and {@code LockerCapacityExhausted} move its pickup to the counter. Other
 * locker events are not this service's business and are skipped. Each event is applied once.
 *
 * <p>An event naming an application this service does not know (or one already closed) is logged and
 * skipped, not dead-lettered: it is well-formed, retrying cannot make the application appear, and the
 * DLQ is for records that cannot be read. Unreadable records go to {@code locker-events.dlq}.
 */
@ApplicationScoped
public class LockerEventsConsumer {

    static final String CONSUMER = "application-locker-events";

    private final ProcessedEvents processedEvents;
    private final PickupRouting pickup;

    LockerEventsConsumer(ProcessedEvents processedEvents, PickupRouting pickup) {
        this.processedEvents = processedEvents;
        this.pickup = pickup;
    }

    @Incoming("locker-events")
    @ActivateRequestContext
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        SmartDeskEvent event = IncomingEvents.read(record);
        Supplier<Uni<Void>> effect = effectOf(event);
        if (effect == null) {
            return Uni.createFrom().voidItem();
        }
        return processedEvents.processOnce(CONSUMER, event.eventId(), effect).replaceWithVoid();
    }

    private Supplier<Uni<Void>> effectOf(SmartDeskEvent event) {
        if (event instanceof DocumentPickedUp pickedUp) {
            return () -> pickup.completeOnPickup(pickedUp);
        }
        if (event instanceof PickupExpired expired) {
            return () -> pickup.switchToCounter(expired.applicationId(), PickupMethodChangeReason.PICKUP_EXPIRED,
                    expired.siteId(), expired.eventId());
        }
        if (event instanceof LockerCapacityExhausted exhausted) {
            return () -> pickup.switchToCounter(exhausted.applicationId(), PickupMethodChangeReason.LOCKER_CAPACITY_EXHAUSTED,
                    exhausted.siteId(), exhausted.eventId());
        }
        return null;
    }
}
