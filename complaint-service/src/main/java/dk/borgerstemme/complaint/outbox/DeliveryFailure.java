package dk.borgerstemme.complaint.outbox;

/**
 * A failed delivery whose message is safe to keep in {@code outbox_message.last_error}: handlers throw
 * this with a text that holds no personal data. Any other exception is recorded by its class name only.
 */
public class DeliveryFailure extends RuntimeException {

    public DeliveryFailure(String safeMessage) {
        super(safeMessage);
    }

    public DeliveryFailure(String safeMessage, Throwable cause) {
        super(safeMessage, cause);
    }
}
