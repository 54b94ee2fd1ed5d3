package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.privacy.ContactKeys;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCodeDigestsTest {

    private static final String KEY_1 = randomKey();
    private static final String KEY_2 = randomKey();
    private static final StatusCode CODE = new StatusCode("KX7M4PRTW9");
    private static final StatusCode ANOTHER = new StatusCode("KX7M4PRTW3");

    private final StatusCodeDigests withKey1 = new StatusCodeDigests(ContactKeys.of(Map.of("k1", KEY_1), "k1"));

    @Test
    void theStoredDigestMatchesItsCodeOnlyAndDoesNotHoldIt() {
        String stored = withKey1.stored(CODE);

        assertThat(stored).startsWith("k1$k1$").doesNotContain(CODE.value()).doesNotContain(CODE.display());
        assertThat(withKey1.matches(CODE, stored)).isTrue();
        assertThat(withKey1.matches(ANOTHER, stored)).isFalse();
    }

    @Test
    void withoutTheKeyTheDigestMatchesNothing() {
        String stored = withKey1.stored(CODE);
        StatusCodeDigests otherInstallation = new StatusCodeDigests(ContactKeys.of(Map.of("k1", KEY_2), "k1"));

        assertThat(otherInstallation.matches(CODE, stored)).as("the same code under another key").isFalse();
    }

    @Test
    void aDigestKeepsMatchingAfterTheKeyIsRotatedUntilItsKeyIsRemoved() {
        String stored = withKey1.stored(CODE);
        StatusCodeDigests rotated = new StatusCodeDigests(ContactKeys.of(Map.of("k1", KEY_1, "k2", KEY_2), "k2"));
        StatusCodeDigests oldKeyRemoved = new StatusCodeDigests(ContactKeys.of(Map.of("k2", KEY_2), "k2"));

        assertThat(rotated.stored(CODE)).startsWith("k1$k2$");
        assertThat(rotated.matches(CODE, stored)).isTrue();
        assertThat(oldKeyRemoved.matches(CODE, stored)).isFalse();
    }

    @Test
    void aSlowHashStoredBeforeKeyedDigestsStillMatches() throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(CODE.value().toCharArray(), salt, 20_000, 256)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String stored = "p2$20000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);

        assertThat(withKey1.matches(CODE, stored)).isTrue();
        assertThat(withKey1.matches(ANOTHER, stored)).isFalse();
    }

    @Test
    void somethingThatIsNoDigestMatchesNothing() {
        assertThat(withKey1.matches(CODE, null)).isFalse();
        assertThat(withKey1.matches(CODE, "hash")).isFalse();
        assertThat(withKey1.matches(CODE, "k1$k1$not base64!")).isFalse();
        assertThat(withKey1.matches(CODE, "k1$unknown$AAAA")).isFalse();
        assertThat(withKey1.matches(CODE, "p2$many$AAAA$AAAA")).isFalse();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
