package dk.borgerstemme.complaint.intake;

import java.util.Locale;
import java.util.Optional;

/**
 * The secret a citizen looks a case up with, beside its reference: ten characters in two groups
 * ({@code KX7M4-PRTW9}) from the survey codes' alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S,
 * 6/G, 8/B). Only a keyed digest of it is stored ({@link StatusCodeDigests}); the code itself is shown once,
 * on the receipt.
 */
public record StatusCode(String value) {

    static final String ALPHABET = "ACDEFHJKMNPRTUVWXY3479";
    static final int LENGTH = 10;

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

    @Override
    public String toString() {
        return "StatusCode[****]";
    }
}
