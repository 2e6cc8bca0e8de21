package tw.smartdesk.application.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import tw.smartdesk.application.service.AgentPreparation;
import tw.smartdesk.events.Topic;
import tw.smartdesk.events.reservation.PreparationRequested;
import tw.smartdesk.platform.inbox.EventHandler;
import tw.smartdesk.platform.inbox.Inbox;

/**
 * Reads {@code reservation-events}: {@code PreparationRequested} (agent service) files the prepared
 * applications, once per event. Other reservation events are skipped; records that break the
 * contract go to {@code reservation-events.dlq} (see {@link Inbox}).
 */
@ApplicationScoped
public class ReservationEventsConsumer {

    static final String CONSUMER = "application-reservation-events";

    private final Inbox inbox;
    private final EventHandler handler;

    ReservationEventsConsumer(Inbox inbox, AgentPreparation preparation) {
        this.inbox = inbox;
        this.handler = EventHandler.on(PreparationRequested.class, preparation::prepare);
    }

    @Incoming("reservation-events")
    @ActivateRequestContext
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.consume(CONSUMER, Topic.RESERVATION_EVENTS, record, handler);
    }
}
