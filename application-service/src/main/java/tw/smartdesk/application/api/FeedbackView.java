package tw.smartdesk.application.api;

import java.time.Instant;
import java.util.UUID;
import tw.smartdesk.application.domain.ApplicationFeedback;

/** A resident's rating of a completed application. */
public record FeedbackView(UUID applicationId, int score, String comment, Instant ratedAt) {

    public static FeedbackView of(ApplicationFeedback feedback) {
        return new FeedbackView(feedback.applicationId, feedback.score, feedback.comment, feedback.ratedAt);
    }
}
