package dk.borgerstemme.survey.results;

/** One answer to a scored question: the stored step as text, or {@code DontKnow.VALUE}. */
public record ScoredAnswer(long responseId, String questionKey, String value) {
}
