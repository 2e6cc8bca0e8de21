package tw.smartdesk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopicTest {

    @Test
    void namesAndDeadLetterNames() {
        assertThat(Arrays.stream(Topic.values()).map(Topic::topicName)).containsExactly("application-events",
                "reservation-events", "locker-events", "notification-events", "notification-requests",
                "applicant-contacts");
        assertThat(Topic.APPLICATION_EVENTS.deadLetterTopicName()).isEqualTo("application-events.dlq");
        assertThat(Topic.APPLICANT_CONTACTS.deadLetterTopicName()).isEqualTo("applicant-contacts.dlq");
    }

    @ParameterizedTest
    @EnumSource(Topic.class)
    void deadLetterTopicIsTheTopicWithTheSuffix(Topic topic) {
        assertThat(topic.deadLetterTopicName()).isEqualTo(topic.topicName() + ".dlq");
        assertThat(Topic.byName(topic.topicName())).isSameAs(topic);
    }

    @Test
    void aggregateTopicsArePublicAndTheOthersRestricted() {
        assertThat(Arrays.stream(Topic.values()).filter(topic -> topic.classification() == Classification.PUBLIC))
                .containsExactly(Topic.APPLICATION_EVENTS, Topic.RESERVATION_EVENTS, Topic.LOCKER_EVENTS,
                        Topic.NOTIFICATION_EVENTS);
        assertThat(Topic.NOTIFICATION_REQUESTS.classification()).isEqualTo(Classification.RESTRICTED);
        assertThat(Topic.APPLICANT_CONTACTS.classification()).isEqualTo(Classification.RESTRICTED);
    }

    @Test
    void onlyApplicantContactsIsCompacted() {
        assertThat(Arrays.stream(Topic.values()).filter(Topic::compacted)).containsExactly(Topic.APPLICANT_CONTACTS);
    }

    @Test
    void keysAreTheAggregateIds() {
        assertThat(Topic.APPLICATION_EVENTS.keyField()).isEqualTo("applicationId");
        assertThat(Topic.RESERVATION_EVENTS.keyField()).isEqualTo("reservationId");
        assertThat(Topic.LOCKER_EVENTS.keyField()).isEqualTo("compartmentId");
        assertThat(Topic.NOTIFICATION_EVENTS.keyField()).isEqualTo("deliveryId");
        assertThat(Topic.NOTIFICATION_REQUESTS.keyField()).isEqualTo("applicantRef");
        assertThat(Topic.APPLICANT_CONTACTS.keyField()).isEqualTo("applicantRef");
    }

    @Test
    void unknownNameIsRefused() {
        assertThatThrownBy(() -> Topic.byName("application-events.dlq")).isInstanceOf(IllegalArgumentException.class);
    }
}
