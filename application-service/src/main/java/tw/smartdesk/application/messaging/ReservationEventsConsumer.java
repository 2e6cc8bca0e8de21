package tw.smartdesk.application.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import tw.smartdesk.application.service.AgentPreparation;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.reservation.PreparationRequested;
import tw.smartdesk.platform.inbox.IncomingEvents;
import tw.smartdesk.platform.inbox.ProcessedEvents;

/**
 * Reads {@code reservation-events}: {@code PreparationRequested} (agent service) files the prepared
 * applications, once per event. Other reservation events are skipped; unreadable records go to
 * {@code reservation-events.dlq}.
 */
@ApplicationScoped
public class ReservationEventsConsumer {

    static final String CONSUMER = "application-reservation-events";

    private final ProcessedEvents processedEvents;
    private final AgentPreparation preparation;

    ReservationEventsConsumer(ProcessedEvents processedEvents, AgentPreparation preparation) {
        this.processedEvents = processedEvents;
        this.preparation = preparation;
    }

    @Incoming("reservation-events")
    @ActivateRequestContext
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        SmartDeskEvent event = IncomingEvents.read(record);
        if (!(event instanceof PreparationRequested requested)) {
            return Uni.createFrom().voidItem();
        }
        return processedEvents.processOnce(CONSUMER, event.eventId(), () -> preparation.prepare(requested))
                .replaceWithVoid();
    }
}
