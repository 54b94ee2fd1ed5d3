package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import dk.borgerstemme.survey.definition.Choice;
import dk.borgerstemme.survey.definition.Image;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.ShowIf;
import dk.borgerstemme.survey.definition.StepLabel;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A survey definition as the API sends and takes it: the shape of the shipped survey files (docs/surveys.md,
 * "File format"), with types and kinds by their file ids ({@code smiley-5}, {@code satisfaction}) and every
 * text as {@code {da, en}}. Everything is optional here so that a missing or unknown value is answered
 * with a message about that field instead of a parse error.
 */
@Serdeable
@Schema(name = "SurveyDefinition", description = "A survey as in the shipped YAML files: docs/surveys.md, File format")
record SurveyDocument(
    @Nullable String id,
    @Nullable @Schema(description = "satisfaction or complaint-handling") String kind,
    @Nullable Text title,
    @Nullable Text intro,
    @Nullable Integer minutes,
    @Nullable @Schema(description = "the organisation's framework id; none only for complaint-handling") String framework,
    @Nullable List<String> respondentRoles,
    @Nullable Boolean allowsThreeStepScales,
    @Nullable List<QuestionDocument> questions) {

    @Serdeable
    @Schema(name = "Text", description = "Danish required, English optional")
    record Text(@Nullable String da, @Nullable String en) {

        static Text of(LocalizedText text) {
            return text == null ? null : new Text(text.da(), text.en());
        }
    }

    @Serdeable
    @Schema(name = "Question")
    record QuestionDocument(
        @Nullable @Schema(description = "the question's identity across versions") String key,
        @Nullable @Schema(description = "smiley-3, smiley-5, agreement-5, yes-no, scale-0-10, single-choice, multiple-choice, free-text")
        String type,
        @Nullable Text text,
        @Nullable Text easyRead,
        @Nullable Text help,
        @Nullable Boolean required,
        @Nullable Boolean offersDontKnow,
        @Nullable @Schema(description = "measurement point id; required for scored types when the survey has a framework") String point,
        @Nullable List<ChoiceDocument> choices,
        @Nullable Integer maxLength,
        @Nullable ShowIfDocument showIf,
        @Nullable ImageDocument image,
        @Nullable @Schema(description = "the question's own labels for steps of its scale") List<LabelDocument> labels) {
    }

    @Serdeable
    @Schema(name = "Choice")
    record ChoiceDocument(@Nullable String value, @Nullable Text label) {
    }

    @Serdeable
    @Schema(name = "StepLabel")
    record LabelDocument(@Nullable String value, @Nullable Text label) {
    }

    @Serdeable
    @Schema(name = "ShowIf")
    record ShowIfDocument(@Nullable String question, @Nullable List<String> anyOf) {
    }

    @Serdeable
    @Schema(name = "Image")
    record ImageDocument(@Nullable String source, @Nullable Text alt) {
    }

    static SurveyDocument of(SurveyDefinition survey) {
        return new SurveyDocument(survey.id(), survey.kind() == null ? null : survey.kind().id(), Text.of(survey.title()),
            Text.of(survey.intro()), survey.minutes(), survey.framework(), survey.respondentRoles(), survey.allowsThreeStepScales(),
            survey.questions().stream().map(SurveyDocument::of).toList());
    }

    private static QuestionDocument of(Question question) {
        return new QuestionDocument(question.key(), question.type() == null ? null : question.type().id(), Text.of(question.text()),
            Text.of(question.easyRead()), Text.of(question.help()), question.required(), question.offersDontKnow(), question.point(),
            question.choices().stream().map(SurveyDocument::of).toList(), question.maxLength(), of(question.showIf()), of(question.image()),
            question.labels().stream().map(SurveyDocument::of).toList());
    }

    private static ChoiceDocument of(Choice choice) {
        return new ChoiceDocument(choice.value(), Text.of(choice.label()));
    }

    private static LabelDocument of(StepLabel label) {
        return new LabelDocument(label.value(), Text.of(label.label()));
    }

    private static ShowIfDocument of(ShowIf showIf) {
        return showIf == null ? null : new ShowIfDocument(showIf.question(), showIf.anyOf());
    }

    private static ImageDocument of(Image image) {
        return image == null ? null : new ImageDocument(image.source(), Text.of(image.alt()));
    }
}
