package dk.borgerstemme.survey.internal;

import dk.borgerstemme.survey.results.ComplaintHandlingFigures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * The complainants' rating of the complaint handling in a half-year's standing "Klagebehandling" wave, as the
 * complaint service reads it: for the total of the scope, each area and each unit, the overall rating and the
 * rating per question. {@code waveId} is null when nobody has been asked in the half-year yet (every n is then 0).
 */
@Serdeable
record HandlingRatingResponse(
    String organisation,
    String halfYear,
    @Nullable Long waveId,
    @Nullable String waveName,
    @Nullable LocalDate answerBy,
    int minimumGroupSize,
    Scope scope,
    List<Question> questions,
    Group total,
    List<Group> areas,
    List<Group> units) {

    /** {@code kind}: {@code organisation}, or {@code units} when limited to {@code units}. */
    @Serdeable
    record Scope(String kind, List<String> units) {
    }

    @Serdeable
    record Question(String question, String textDa, String textEn) {
    }

    /** A figure: {@code suppressed} and every number null, or n (respondents), share positive, its 95 % Wilson interval and mean. */
    @Serdeable
    record Group(String group, boolean suppressed, @Nullable Integer n, @Nullable Double sharePositive, @Nullable Double wilsonLower,
                 @Nullable Double wilsonUpper, @Nullable Double mean, List<QuestionFigure> questions) {

        static Group of(ComplaintHandlingFigures.Group group) {
            ComplaintHandlingFigures.Figure rating = group.rating();
            return new Group(group.group(), rating.suppressed(), rating.n(), rating.sharePositive(), rating.wilsonLower(), rating.wilsonUpper(),
                rating.mean(), group.questions().entrySet().stream().map(entry -> QuestionFigure.of(entry.getKey(), entry.getValue())).toList());
        }
    }

    @Serdeable
    record QuestionFigure(String question, boolean suppressed, @Nullable Integer n, @Nullable Double sharePositive, @Nullable Double wilsonLower,
                          @Nullable Double wilsonUpper, @Nullable Double mean) {

        static QuestionFigure of(String question, ComplaintHandlingFigures.Figure figure) {
            return new QuestionFigure(question, figure.suppressed(), figure.n(), figure.sharePositive(), figure.wilsonLower(), figure.wilsonUpper(),
                figure.mean());
        }
    }
}
