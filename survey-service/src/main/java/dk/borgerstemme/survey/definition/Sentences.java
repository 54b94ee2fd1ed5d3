package dk.borgerstemme.survey.definition;

import java.util.Arrays;
import java.util.regex.Pattern;

/** Counts words per sentence, for the plain-language warning. Sentences end as in LIX: at . ! ? : or a line break. */
final class Sentences {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+|\\R");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Sentences() {
    }

    /** The number of words in the longest sentence; a dash on its own is not a word. */
    static int longestInWords(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return Arrays.stream(SENTENCE_END.split(text.strip()))
            .mapToInt(Sentences::words)
            .max()
            .orElse(0);
    }

    private static int words(String sentence) {
        return (int) Arrays.stream(WHITESPACE.split(sentence.strip()))
            .filter(token -> token.codePoints().anyMatch(Character::isLetterOrDigit))
            .count();
    }
}
