package dk.borgerstemme.survey.answering;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a respondent wants the questions shown, switchable on any question without losing an answer:
 * easy-read texts, words without smiley faces, three steps instead of five where the survey allows
 * it, and larger text. Kept in a cookie on the respondent's device, never with the answers.
 */
public record AccessibilityProfile(boolean easyRead, boolean wordsOnly, boolean threeSteps, boolean largeText) {

    static final String COOKIE = "survey-profile";
    public static final AccessibilityProfile STANDARD = new AccessibilityProfile(false, false, false, false);

    private static final String EASY_READ = "let";
    private static final String WORDS_ONLY = "ord";
    private static final String THREE_STEPS = "tre";
    private static final String LARGE_TEXT = "stor";

    public static AccessibilityProfile of(Collection<String> choices) {
        return new AccessibilityProfile(choices.contains(EASY_READ), choices.contains(WORDS_ONLY),
            choices.contains(THREE_STEPS), choices.contains(LARGE_TEXT));
    }

    /** Reads the cookie's value; anything unknown in it is ignored. */
    static AccessibilityProfile parse(String cookie) {
        return of(Arrays.asList(cookie == null ? new String[0] : cookie.split("\\.")));
    }

    String cookieValue() {
        Set<String> choices = new LinkedHashSet<>();
        if (easyRead) {
            choices.add(EASY_READ);
        }
        if (wordsOnly) {
            choices.add(WORDS_ONLY);
        }
        if (threeSteps) {
            choices.add(THREE_STEPS);
        }
        if (largeText) {
            choices.add(LARGE_TEXT);
        }
        return choices.stream().collect(Collectors.joining("."));
    }
}
