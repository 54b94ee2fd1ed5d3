package dk.borgerstemme.complaint.privacy;

/**
 * Stored contact details could not be decrypted: the cipher text was changed, belongs to another case,
 * or its key is no longer configured. The message never holds any of the details.
 */
public class ContactDecryptionException extends RuntimeException {

    public ContactDecryptionException(String message) {
        super(message);
    }

    public ContactDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
