package dk.borgerstemme.survey.definition;

/**
 * The versioning rule. A published version is never changed in place once a respondent has answered
 * it: answers always belong to the exact questions that were asked. A question keeps its identity
 * across versions by its key, so results of two versions are compared key by key, and
 * {@link SurveyChanges} says where that comparison is not like for like.
 */
public final class SurveyVersions {

    private SurveyVersions() {
    }

    public static SurveyVersion first(SurveyDefinition definition) {
        return new SurveyVersion(1, definition);
    }

    /**
     * Publishes {@code edited} over the latest published version. {@code publishedHasAnswers} must be true
     * when any response, or any answer saved for later, exists for that version. Check the edited survey
     * with {@link SurveyDefinitionCheck} before publishing it.
     */
    public static Publication publish(SurveyVersion published, SurveyDefinition edited, boolean publishedHasAnswers) {
        SurveyDefinition current = published.definition();
        if (!current.id().equals(edited.id())) {
            throw new IllegalArgumentException("Survey " + edited.id() + " cannot be published as a version of " + current.id());
        }
        SurveyChanges changes = SurveyChanges.between(current, edited);
        if (current.equals(edited)) {
            return new Publication(published, Publication.Outcome.UNCHANGED, changes);
        }
        if (!publishedHasAnswers) {
            return new Publication(new SurveyVersion(published.number(), edited), Publication.Outcome.REPLACED, changes);
        }
        return new Publication(new SurveyVersion(published.number() + 1, edited), Publication.Outcome.NEW_VERSION, changes);
    }
}
