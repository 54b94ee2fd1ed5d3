package dk.borgerstemme.complaint.privacy;

/** Encrypted contact details and the id of the key that encrypted them, stored side by side. */
public record SealedContact(byte[] ciphertext, String keyId) {

    @Override
    public String toString() {
        return "SealedContact[" + ciphertext.length + " bytes, key " + keyId + "]";
    }
}
