package tw.smartdesk.platform.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The position of a record a consumer is working on; the partition is what a transient failure holds. */
record HeldRecord(String consumer, String topic, int partition, long offset) {

    static HeldRecord of(String consumer, ConsumerRecord<?, ?> record) {
        return new HeldRecord(consumer, record.topic(), record.partition(), record.offset());
    }

    /** {@code consumer topic-partition}, the unit that is held. */
    String partitionName() {
        return consumer + " " + topic + "-" + partition;
    }
}
