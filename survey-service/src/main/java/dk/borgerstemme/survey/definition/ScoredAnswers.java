package dk.borgerstemme.survey.definition;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * A response's answers to its survey's scored questions as one short byte string, stored with the response so
 * that results read a wave's responses in one scan instead of joining millions of answer rows
 * (docs/benchmarks.md). One byte per scored question, in the definition's order: {@link #NO_ANSWER},
 * {@link #DONT_KNOW}, or {@link #FIRST_STEP} plus the chosen step's value. The answer rows stay the record of
 * what was answered; this is a copy of their scored part.
 */
public final class ScoredAnswers {

    public static final byte NO_ANSWER = 0;
    public static final byte DONT_KNOW = 1;
    public static final int FIRST_STEP = 2;
    /** The stored column's size: a definition with more scored questions has its answers read from the rows. */
    public static final int MAX_QUESTIONS = 255;

    private ScoredAnswers() {
    }

    /** The keys of the definition's scored questions, in the order their answers are stored. */
    public static List<String> keys(SurveyDefinition definition) {
        return definition.questions().stream()
            .filter(question -> question.type() != null && question.type().isScored())
            .map(Question::key)
            .distinct()
            .toList();
    }

    /**
     * The stored form of checked answers, or null when they cannot be stored so (a step outside a byte, more than
     * one answer to a question, too many questions); results then read that response's answer rows.
     */
    public static byte @Nullable [] encode(SurveyDefinition definition, Map<String, List<String>> answers) {
        List<String> keys = keys(definition);
        if (keys.size() > MAX_QUESTIONS) {
            return null;
        }
        byte[] scored = new byte[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            List<String> values = answers.getOrDefault(keys.get(i), List.of());
            if (values.size() > 1) {
                return null;
            }
            if (!values.isEmpty()) {
                Integer code = code(values.get(0));
                if (code == null) {
                    return null;
                }
                scored[i] = (byte) (int) code;
            }
        }
        return scored;
    }

    private static @Nullable Integer code(String value) {
        if (DontKnow.VALUE.equals(value)) {
            return (int) DONT_KNOW;
        }
        try {
            int step = Integer.parseInt(value);
            return step >= 0 && FIRST_STEP + step <= Byte.MAX_VALUE ? FIRST_STEP + step : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
