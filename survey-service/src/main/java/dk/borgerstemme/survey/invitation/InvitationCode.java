package dk.borgerstemme.survey.invitation;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A single-use invitation code as a respondent types it from a letter: twelve characters in three
 * groups of four ({@code KX7M-4PRT-W9CA}), drawn from an alphabet without look-alike characters
 * (no 0/O/Q, 1/I/L, 2/Z, 5/S, 6/G, 8/B), the last one a Luhn mod N check character, so a typo is
 * caught in the page before the server is asked.
 */
public record InvitationCode(String value) {

    static final String ALPHABET = "ACDEFHJKMNPRTUVWXY3479";
    static final int LENGTH = 12;
    private static final RandomGenerator RANDOM = new SecureRandom();

    public InvitationCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
            || checkCharacter(value.substring(0, LENGTH - 1)) != value.charAt(LENGTH - 1)) {
            throw new IllegalArgumentException("Not an invitation code");
        }
    }

    public static InvitationCode generate() {
        return generate(RANDOM);
    }

    /** A code drawn from {@code random}: a seeded generator gives the same codes again, for demo data. */
    public static InvitationCode generate(RandomGenerator random) {
        StringBuilder payload = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            payload.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new InvitationCode(payload.append(checkCharacter(payload)).toString());
    }

    /** Reads what a person typed: case, spaces and dashes do not matter. */
    public static Optional<InvitationCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalised = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (normalised.length() != LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InvitationCode(normalised));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** How the code is printed and shown: three groups of four. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    static char checkCharacter(CharSequence payload) {
        int base = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / base + addend % base;
        }
        return ALPHABET.charAt((base - sum % base) % base);
    }

    @Override
    public String toString() {
        return "InvitationCode[****]";
    }
}
