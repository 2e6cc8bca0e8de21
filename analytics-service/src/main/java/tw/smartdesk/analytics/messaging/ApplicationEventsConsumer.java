package tw.smartdesk.analytics.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import tw.smartdesk.analytics.service.SubmissionCounts;
import tw.smartdesk.events.SmartDeskEvent;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.platform.inbox.IncomingEvents;
import tw.smartdesk.platform.inbox.ProcessedEvents;

/** Reads application-events once per event id and updates the read models. */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CONSUMER = "analytics-application-events";

    private final ProcessedEvents processedEvents;
    private final SubmissionCounts submissionCounts;

    ApplicationEventsConsumer(ProcessedEvents processedEvents, SubmissionCounts submissionCounts) {
        this.processedEvents = processedEvents;
        this.submissionCounts = submissionCounts;
    }

    @Incoming("application-events")
    @ActivateRequestContext
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        SmartDeskEvent event = IncomingEvents.read(record);
        if (!(event instanceof ApplicationSubmitted submitted)) {
            return Uni.createFrom().voidItem();
        }
        return processedEvents.processOnce(CONSUMER, event.eventId(), () -> submissionCounts.count(submitted))
                .replaceWithVoid();
    }
}
