package tw.smartdesk.kafkasetup;

/** The broker could not be asked for its topics, or refused to create one. */
public class TopicSetupException extends RuntimeException {

    public TopicSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
