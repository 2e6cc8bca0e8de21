package tw.smartdesk.analytics.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import tw.smartdesk.analytics.service.SubmissionCounts;
import tw.smartdesk.events.Topic;
import tw.smartdesk.events.application.ApplicationSubmitted;
import tw.smartdesk.events.application.ApplicationSubmittedV2;
import tw.smartdesk.platform.inbox.EventHandler;
import tw.smartdesk.platform.inbox.Inbox;

/**
 * Reads application-events once per event id and updates the read models (see {@link Inbox}), a poll at a
 * time: the channel has {@code batch=true}, so the events of one poll are applied in one transaction.
 */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CONSUMER = "analytics-application-events";

    private final Inbox inbox;
    private final EventHandler handler;

    ApplicationEventsConsumer(Inbox inbox, SubmissionCounts submissionCounts) {
        this.inbox = inbox;
        this.handler = EventHandler.on(ApplicationSubmitted.class, submissionCounts::count)
                .or(ApplicationSubmittedV2.class, submissionCounts::count);
    }

    @Incoming("application-events")
    @ActivateRequestContext
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.consumeBatch(CONSUMER, Topic.APPLICATION_EVENTS, records, handler);
    }
}
