package dk.borgerstemme.complaint.handling;

/**
 * An action the case cannot take in its present state for a reason outside the status machine, such
 * as extending an answer deadline the case does not run (409). {@link #messageKey()} is in bundle
 * {@code i18n/triage}.
 */
public final class ActionRefusedException extends RuntimeException {

    private final String messageKey;

    public ActionRefusedException(String messageKey) {
        super("Refused: " + messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
