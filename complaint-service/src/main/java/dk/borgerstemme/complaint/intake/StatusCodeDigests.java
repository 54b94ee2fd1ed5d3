package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.privacy.ContactKeys;
import jakarta.inject.Singleton;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * What the case stores of its status code: {@code k1$<key id>$<digest>}, a digest keyed with the service's
 * contact-details key. A copied table alone then gives no code away, whatever the computing power, and
 * whoever also has the key can make every code from the submission keys anyway, so a deliberately slow
 * hash would add nothing but cost to each complaint. Digests from before ({@code p2$…}, PBKDF2) still match.
 */
@Singleton
class StatusCodeDigests {

    private static final String PURPOSE = "status-code-check";
    private static final String KEYED = "k1";
    private static final String PBKDF2 = "p2";

    private final ContactKeys keys;

    StatusCodeDigests(ContactKeys keys) {
        this.keys = keys;
    }

    String stored(StatusCode code) {
        String keyId = keys.currentId();
        return KEYED + "$" + keyId + "$" + b64(keys.digest(keyId, PURPOSE, code.value()).orElseThrow());
    }

    boolean matches(StatusCode code, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length == 3 && parts[0].equals(KEYED)) {
            Optional<byte[]> actual = keys.digest(parts[1], PURPOSE, code.value());
            return actual.isPresent() && MessageDigest.isEqual(decode(parts[2]), actual.get());
        }
        if (parts.length == 4 && parts[0].equals(PBKDF2) && parts[1].matches("\\d{1,7}")) {
            return MessageDigest.isEqual(decode(parts[3]), pbkdf2(code.value(), decode(parts[2]), Integer.parseInt(parts[1])));
        }
        return false;
    }

    /** Costs what a real check costs, for a reference that does not exist, so timing tells nothing. */
    void checkNothing() {
        keys.digest(PURPOSE, "AAAAAAAAAA");
    }

    private static byte[] pbkdf2(String code, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(code.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
