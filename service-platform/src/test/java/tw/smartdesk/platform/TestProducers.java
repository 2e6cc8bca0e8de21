package tw.smartdesk.platform;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import tw.smartdesk.testsupport.KafkaBroker;

/** A plain Kafka producer, for records the outbox would never write (copies, poison). */
final class TestProducers {

    private TestProducers() {
    }

    static KafkaProducer<String, String> plain() {
        Properties props = KafkaBroker.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
