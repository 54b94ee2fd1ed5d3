package dk.borgerstemme.survey.results;

/** One stored response as results see it: who answered, where and how, never what else. */
public record Respondent(long responseId, String unit, String role, String answeredHow) {
}
