package tw.smartdesk.application.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import tw.smartdesk.application.api.FeedbackView;
import tw.smartdesk.application.domain.Actor;
import tw.smartdesk.application.domain.Application;
import tw.smartdesk.application.domain.ApplicationFeedback;
import tw.smartdesk.application.domain.ApplicationStatus;
import tw.smartdesk.application.domain.Caller;
import tw.smartdesk.events.application.SatisfactionRatedV2;
import tw.smartdesk.platform.http.ProblemException;
import tw.smartdesk.platform.outbox.Outbox;

/**
 * Satisfaction feedback: the owner rates a completed application once (score 1 to 5, optional
 * comment); the score becomes a {@code SatisfactionRatedV2} event for analytics. The comment is free
 * text that may name people: it stays in {@code application_feedback}, where erasure clears it, and
 * never goes onto the public topic.
 */
@ApplicationScoped
public class SatisfactionFeedback {

    private final ApplicationTransitions transitions;
    private final Outbox outbox;
    private final ApplicationHistory history;

    SatisfactionFeedback(ApplicationTransitions transitions, Outbox outbox, ApplicationHistory history) {
        this.transitions = transitions;
        this.outbox = outbox;
        this.history = history;
    }

    /** 404 unless it is the caller's application; 409 unless it is completed and not yet rated. */
    @WithTransaction
    public Uni<FeedbackView> rate(UUID id, int score, String comment, Caller caller) {
        return transitions.visible(id, caller)
                .invoke(SatisfactionFeedback::requireCompleted)
                .call(application -> ApplicationFeedback.findById(id).invoke(existing -> {
                    if (existing != null) {
                        throw alreadyRated();
                    }
                }))
                .chain(application -> store(application, score, comment, Actor.of(caller)))
                .onFailure(SatisfactionFeedback::isDuplicate).transform(duplicate -> alreadyRated());
    }

    private Uni<FeedbackView> store(Application application, int score, String comment, Actor actor) {
        ApplicationFeedback feedback = new ApplicationFeedback();
        feedback.applicationId = application.id;
        feedback.score = score;
        feedback.comment = comment == null || comment.isBlank() ? null : comment.strip();
        feedback.ratedAt = Instant.now();
        return feedback.persistAndFlush()
                .chain(() -> outbox.record(new SatisfactionRatedV2(UUID.randomUUID(), feedback.ratedAt, application.id,
                        feedback.score)))
                .chain(() -> history.record(application, "FEEDBACK", application.status, actor, "score " + score))
                .replaceWith(() -> FeedbackView.of(feedback));
    }

    private static void requireCompleted(Application application) {
        if (application.status != ApplicationStatus.COMPLETED) {
            throw ProblemException.conflict("not-completed", "Not completed yet",
                    "Feedback is possible once the document has been collected; the application is " + application.status);
        }
    }

    /** A rating stored by a concurrent request for the same application (unique key, SQLState 23505). */
    private static boolean isDuplicate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException || String.valueOf(cause.getMessage()).contains("23505")) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException alreadyRated() {
        return ProblemException.conflict("already-rated", "Already rated", "This application has been rated before");
    }
}
