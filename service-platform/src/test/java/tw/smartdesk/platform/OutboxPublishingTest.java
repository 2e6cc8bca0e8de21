package tw.smartdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.smartdesk.platform.ProbeClient.TOPIC;
import static tw.smartdesk.platform.ProbeClient.header;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tw.smartdesk.testsupport.TopicReader;

/** The relay publishes a committed row with the aggregate id as key and CloudEvents binary headers. */
@QuarkusTest
class OutboxPublishingTest {

    @Test
    void theEventArrivesKeyedByAggregateWithCloudEventsHeadersAndTheRowIsMarkedPublished() {
        UUID key = UUID.randomUUID();
        UUID eventId = ProbeClient.writeOne(key, 1);

        try (TopicReader reader = new TopicReader(TOPIC)) {
            ConsumerRecord<String, String> record = reader
                    .await(r -> eventId.toString().equals(header(r, "ce_id")), 1, Duration.ofSeconds(20)).get(0);
            String type = "tw.smartdesk.application.submitted.v2";
            assertThat(record.key()).isEqualTo(key.toString());
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_source")).isEqualTo("urn:smartdesk:application-service");
            assertThat(header(record, "ce_type")).isEqualTo(type);
            assertThat(header(record, "ce_subject")).isEqualTo(key.toString());
            assertThat(OffsetDateTime.parse(header(record, "ce_time"))).isNotNull();
            assertThat(header(record, "ce_dataschema")).isEqualTo("urn:smartdesk:schema:" + type);
            assertThat(header(record, "content-type")).startsWith("application/json");
            // binary mode: content-type is the datacontenttype; a ce_datacontenttype beside it must agree
            assertThat(record.headers().headers("content-type")).hasSize(1);
            String ceContentType = header(record, "ce_datacontenttype");
            assertThat(ceContentType == null || ceContentType.equals(header(record, "content-type")))
                    .as("ce_datacontenttype %s agrees with content-type %s", ceContentType, header(record, "content-type"))
                    .isTrue();
            assertThat(record.value()).contains("\"eventId\":\"" + eventId + "\"", "\"applicationId\":\"" + key + "\"");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> ProbeDatabase.unpublishedRows(key) == 0);
        assertThat(ProbeDatabase.count("select count(*) from outbox_event where message_key = ? and published_at >= created_at",
                key.toString())).isEqualTo(1);
    }
}
