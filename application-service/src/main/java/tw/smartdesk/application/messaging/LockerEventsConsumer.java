package tw.smartdesk.application.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import tw.smartdesk.application.service.PickupRouting;
import tw.smartdesk.events.Topic;
import tw.smartdesk.events.application.PickupMethodChangeReason;
import tw.smartdesk.events.locker.DocumentPickedUp;
import tw.smartdesk.events.locker.LockerCapacityExhausted;
import tw.smartdesk.events.locker.PickupExpired;
import tw.smartdesk.platform.inbox.EventHandler;
import tw.smartdesk.platform.inbox.Inbox;

/**
 * Reads {@code locker-events}: {@code DocumentPickedUp} completes the application;
 * {@code PickupExpired} and {@code LockerCapacityExhausted} move its pickup to the counter. Other
 * locker events are not this service's business and are skipped. Each event is applied once.
 *
 * <p>An event naming an application this service does not know (or one already closed) is logged and
 * skipped, not dead-lettered: it is well-formed and retrying cannot make the application appear.
 * Records that break the contract go to {@code locker-events.dlq}; a database failure holds the
 * partition until it passes (see {@link Inbox}).
 */
@ApplicationScoped
public class LockerEventsConsumer {

    static final String CONSUMER = "application-locker-events";

    private final Inbox inbox;
    private final EventHandler handler;

    LockerEventsConsumer(Inbox inbox, PickupRouting pickup) {
        this.inbox = inbox;
        this.handler = EventHandler.on(DocumentPickedUp.class, pickup::completeOnPickup)
                .or(PickupExpired.class, expired -> pickup.switchToCounter(expired.applicationId(),
                        PickupMethodChangeReason.PICKUP_EXPIRED, expired.siteId(), expired.eventId()))
                .or(LockerCapacityExhausted.class, exhausted -> pickup.switchToCounter(exhausted.applicationId(),
                        PickupMethodChangeReason.LOCKER_CAPACITY_EXHAUSTED, exhausted.siteId(), exhausted.eventId()));
    }

    @Incoming("locker-events")
    @ActivateRequestContext
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.consume(CONSUMER, Topic.LOCKER_EVENTS, record, handler);
    }
}
