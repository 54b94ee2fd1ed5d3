package dk.borgerstemme.complaint.intake;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The secret a citizen looks a case up with, beside its reference: ten characters in two groups
 * ({@code KX7M4-PRTW9}) from the survey codes' alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S,
 * 6/G, 8/B). Only a salted, slow hash of it is stored; the code itself is shown once, on the receipt.
 */
public record StatusCode(String value) {

    static final String ALPHABET = "ACDEFHJKMNPRTUVWXY3479";
    static final int LENGTH = 10;
    private static final int ITERATIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    public StatusCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Not a status code");
        }
    }

    /** A code drawn from the bytes of a keyed digest (so a repeated submit can show the same code again). */
    static StatusCode fromBytes(byte[] bytes) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(Byte.toUnsignedInt(bytes[i]) % ALPHABET.length()));
        }
        return new StatusCode(code.toString());
    }

    /** Reads what a person typed: case, spaces and dashes do not matter. */
    public static Optional<StatusCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalised = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        try {
            return Optional.of(new StatusCode(normalised));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String display() {
        return value.substring(0, 5) + "-" + value.substring(5);
    }

    /** {@code p2$<iterations>$<salt>$<hash>}: PBKDF2-HMAC-SHA256, so a copied table does not give the codes away cheaply. */
    public String hash() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "p2$" + ITERATIONS + "$" + b64(salt) + "$" + b64(pbkdf2(value, salt, ITERATIONS));
    }

    public boolean matches(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split("\\$");
        if (parts.length != 4 || !parts[0].equals("p2")) {
            return false;
        }
        try {
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = pbkdf2(value, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Costs what a real check costs, for a reference that does not exist, so timing tells nothing. */
    static void checkNothing() {
        pbkdf2("AAAAAAAAAA", new byte[16], ITERATIONS);
    }

    private static byte[] pbkdf2(String code, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(code.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "StatusCode[****]";
    }
}
