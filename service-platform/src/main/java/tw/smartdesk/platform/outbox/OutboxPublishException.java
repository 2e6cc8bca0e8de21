package tw.smartdesk.platform.outbox;

/** Some rows of a round were not acknowledged by the broker; they stay unpublished and are retried. */
class OutboxPublishException extends RuntimeException {

    OutboxPublishException(int unacknowledged) {
        super(unacknowledged + " outbox event(s) not acknowledged by Kafka");
    }
}
