package dk.borgerstemme.complaint.privacy;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Encrypts contact details with AES-256-GCM: a fresh random 12-byte nonce for every encryption, the
 * nonce stored in front of the cipher text, and the case's organisation and reference bound as
 * associated data, so cipher text copied onto another case does not decrypt there.
 *
 * <p>Stored form: a format byte, the nonce, then the cipher text with its 16-byte tag.
 */
public final class ContactCipher {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final ContactKeys keys;
    private final SecureRandom random;

    public ContactCipher(ContactKeys keys) {
        this(keys, new SecureRandom());
    }

    ContactCipher(ContactKeys keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** Encrypts with the current key, for the case known as {@code reference} in {@code organisation}. */
    public SealedContact seal(ContactDetails details, String organisation, String reference) {
        String keyId = keys.currentId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(organisation, reference, keyId));
            byte[] encrypted = cipher.doFinal(encode(details));
            return new SealedContact(ByteBuffer.allocate(1 + NONCE_BYTES + encrypted.length)
                .put(FORMAT).put(nonce).put(encrypted).array(), keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * Decrypts what {@link #seal} made for the same organisation and reference.
     *
     * @throws ContactDecryptionException when the bytes were changed, belong to another case, or the
     *                                    key is unknown
     */
    public ContactDetails open(SealedContact sealed, String organisation, String reference) {
        byte[] stored = sealed.ciphertext();
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
            throw new ContactDecryptionException("The stored contact details are not in a known format");
        }
        SecretKey key = keys.byId(sealed.keyId()).orElseThrow(() -> new ContactDecryptionException(
            "The contact details were encrypted with key '" + sealed.keyId() + "', which is no longer configured"));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(organisation, reference, sealed.keyId()));
            return decode(cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES));
        } catch (AEADBadTagException e) {
            throw new ContactDecryptionException("The stored contact details were changed or belong to another case", e);
        } catch (GeneralSecurityException e) {
            throw new ContactDecryptionException("The stored contact details could not be decrypted", e);
        }
    }

    static byte[] associatedData(String organisation, String reference, String keyId) {
        return String.join("\u0000", "borgerstemme-contact-v1", organisation, reference, keyId)
            .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encode(ContactDetails details) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(details.preferredChannel().name());
            for (String field : Arrays.asList(details.name(), details.email(), details.phone(), details.postalAddress())) {
                out.writeBoolean(field != null);
                if (field != null) {
                    out.writeUTF(field);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ContactDetails decode(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            PreferredChannel channel = PreferredChannel.valueOf(in.readUTF());
            String[] fields = new String[4];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = in.readBoolean() ? in.readUTF() : null;
            }
            return new ContactDetails(fields[0], fields[1], fields[2], fields[3], channel);
        } catch (IOException | IllegalArgumentException e) {
            throw new ContactDecryptionException("The decrypted contact details are not in a known format");
        }
    }
}
