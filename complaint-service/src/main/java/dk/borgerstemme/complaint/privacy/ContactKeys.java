package dk.borgerstemme.complaint.privacy;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The AES-256 keys that encrypt contact details, by id. New cipher text is always made with the
 * current key; every key still listed decrypts what was made with it, so a key is rotated by adding
 * a new one, making it current, and removing the old one only when nothing encrypted with it remains.
 */
public final class ContactKeys {

    /** Ids are stored beside every cipher text (column contact_key_id, 40 characters). */
    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    static final int KEY_BYTES = 32;

    private final Map<String, SecretKey> keys;
    private final String currentId;

    private ContactKeys(Map<String, SecretKey> keys, String currentId) {
        this.keys = Collections.unmodifiableMap(keys);
        this.currentId = currentId;
    }

    /**
     * Keys from their base64 text by id; {@code currentId} names the one new writes use.
     *
     * @throws IllegalStateException with an operator-readable message when a key is malformed or the
     *                               current id is not among the keys
     */
    public static ContactKeys of(Map<String, String> base64ById, String currentId) {
        if (base64ById.isEmpty()) {
            throw new IllegalStateException("No contact-details encryption key is configured");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        base64ById.forEach((id, base64) -> keys.put(checkedId(id), decode(id, base64)));
        if (currentId == null || !keys.containsKey(currentId)) {
            throw new IllegalStateException("The current contact-details key id '" + currentId
                + "' is not among the configured keys " + keys.keySet());
        }
        return new ContactKeys(keys, currentId);
    }

    static String checkedId(String id) {
        if (id == null || !KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException("A contact-details key id must be 1-40 letters, digits, '.', '_' or '-': '" + id + "'");
        }
        return id;
    }

    private static SecretKey decode(String id, String base64) {
        String text = base64 == null ? "" : base64.strip();
        byte[] bytes;
        try {
            // openssl rand -base64 gives the standard alphabet; the URL-safe one is accepted as well.
            bytes = text.matches(".*[-_].*") ? Base64.getUrlDecoder().decode(text) : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The contact-details key '" + id + "' is not valid base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("The contact-details key '" + id + "' must be 32 bytes (AES-256), base64-encoded;"
                + " it has " + bytes.length + ". Make one with: openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /**
     * A keyed digest of {@code input} for {@code purpose} (status codes, form stamps), made with a
     * subkey derived from the current key, so no purpose ever uses the encryption key itself.
     */
    public byte[] digest(String purpose, String input) {
        return digest(current(), purpose, input);
    }

    /** The same digest made with the key {@code id}, for a digest stored with the id of the key that made it. */
    public Optional<byte[]> digest(String id, String purpose, String input) {
        return byId(id).map(key -> digest(key, purpose, input));
    }

    private static byte[] digest(SecretKey key, String purpose, String input) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(key);
            byte[] subkey = derive.doFinal(("borgerstemme-derive-v1\u0000" + purpose).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subkey, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public String toString() {
        return "ContactKeys[ids " + keys.keySet() + ", current " + currentId + "]";
    }
}
