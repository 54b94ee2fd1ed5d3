package dk.borgerstemme.complaint.privacy;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactCipherTest {

    private static final ContactDetails MIKKEL = new ContactDetails("Mikkel Sørensen", "mikkel@example.org", "+45 12 34 56 78", null, PreferredChannel.EMAIL);
    private static final String KEY_1 = randomKey();
    private static final String KEY_2 = randomKey();

    private final ContactCipher withKey1 = new ContactCipher(ContactKeys.of(Map.of("k1", KEY_1), "k1"));

    @Test
    void detailsSealedForACaseOpenForThatCase() {
        SealedContact sealed = withKey1.seal(MIKKEL, "slagelse", "K-2026-000001");

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(withKey1.open(sealed, "slagelse", "K-2026-000001")).isEqualTo(MIKKEL);
    }

    @Test
    void theSameDetailsNeverGiveTheSameCipherText() {
        SealedContact first = withKey1.seal(MIKKEL, "slagelse", "K-2026-000001");
        SealedContact second = withKey1.seal(MIKKEL, "slagelse", "K-2026-000001");

        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(java.util.Arrays.copyOfRange(first.ciphertext(), 1, 13))
            .as("nonce").isNotEqualTo(java.util.Arrays.copyOfRange(second.ciphertext(), 1, 13));
    }

    @Test
    void aChangedByteIsRefused() {
        SealedContact sealed = withKey1.seal(MIKKEL, "slagelse", "K-2026-000001");
        for (int position : new int[] {1, 13, sealed.ciphertext().length - 1}) {
            byte[] tampered = sealed.ciphertext().clone();
            tampered[position] ^= 0x01;

            assertThatThrownBy(() -> withKey1.open(new SealedContact(tampered, "k1"), "slagelse", "K-2026-000001"))
                .isInstanceOf(ContactDecryptionException.class);
        }
    }

    @Test
    void cipherTextMovedToAnotherCaseOrOrganisationIsRefused() {
        SealedContact sealed = withKey1.seal(MIKKEL, "slagelse", "K-2026-000001");

        assertThatThrownBy(() -> withKey1.open(sealed, "slagelse", "K-2026-000002"))
            .isInstanceOf(ContactDecryptionException.class)
            .hasMessageContaining("another case");
        assertThatThrownBy(() -> withKey1.open(sealed, "midtjylland", "K-2026-000001"))
            .isInstanceOf(ContactDecryptionException.class);
    }

    @Test
    void afterRotationOldCipherTextStillOpensAndNewWritesUseTheNewKey() {
        SealedContact old = withKey1.seal(MIKKEL, "slagelse", "K-2026-000001");
        ContactCipher rotated = new ContactCipher(ContactKeys.of(Map.of("k1", KEY_1, "k2", KEY_2), "k2"));

        SealedContact fresh = rotated.seal(MIKKEL, "slagelse", "K-2026-000002");

        assertThat(rotated.open(old, "slagelse", "K-2026-000001")).isEqualTo(MIKKEL);
        assertThat(fresh.keyId()).isEqualTo("k2");
        assertThat(rotated.open(fresh, "slagelse", "K-2026-000002")).isEqualTo(MIKKEL);
        assertThatThrownBy(() -> withKey1.open(fresh, "slagelse", "K-2026-000002"))
            .isInstanceOf(ContactDecryptionException.class)
            .hasMessageContaining("'k2'");
    }

    @Test
    void aKeyIdSwappedOntoAnotherKeyIsRefused() {
        ContactCipher both = new ContactCipher(ContactKeys.of(Map.of("k1", KEY_1, "k2", KEY_2), "k1"));
        SealedContact sealed = both.seal(MIKKEL, "slagelse", "K-2026-000001");

        assertThatThrownBy(() -> both.open(new SealedContact(sealed.ciphertext(), "k2"), "slagelse", "K-2026-000001"))
            .isInstanceOf(ContactDecryptionException.class);
    }

    @Test
    void missingDetailsStayMissingAndNothingIsPrinted() {
        ContactDetails phoneOnly = new ContactDetails(" ", null, "12345678", "", PreferredChannel.PHONE);

        ContactDetails opened = withKey1.open(withKey1.seal(phoneOnly, "slagelse", "K-1"), "slagelse", "K-1");

        assertThat(opened.name()).isNull();
        assertThat(opened.phone()).isEqualTo("12345678");
        assertThat(MIKKEL.toString()).doesNotContain("Mikkel", "mikkel@", "12 34").contains("name", "email", "phone");
        assertThat(withKey1.seal(MIKKEL, "slagelse", "K-1").toString()).doesNotContain("Mikkel");
    }

    @Test
    void keysOfTheWrongSizeOrAnUnknownCurrentIdAreRefusedWithAClearMessage() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> ContactKeys.of(Map.of("k1", short16), "k1"))
            .hasMessageContaining("must be 32 bytes").hasMessageNotContaining(short16);
        assertThatThrownBy(() -> ContactKeys.of(Map.of("k1", "not base64!"), "k1")).hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> ContactKeys.of(Map.of("k1", KEY_1), "k9")).hasMessageContaining("'k9'");
        assertThatThrownBy(() -> ContactKeys.of(Map.of("k 1", KEY_1), "k 1")).hasMessageContaining("key id");
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
