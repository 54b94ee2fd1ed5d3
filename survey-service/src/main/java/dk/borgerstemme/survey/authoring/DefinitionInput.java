package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.RespondentRole;
import dk.borgerstemme.survey.definition.Choice;
import dk.borgerstemme.survey.definition.Ids;
import dk.borgerstemme.survey.definition.Image;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionType;
import dk.borgerstemme.survey.definition.Scale;
import dk.borgerstemme.survey.definition.ScaleStep;
import dk.borgerstemme.survey.definition.ShowIf;
import dk.borgerstemme.survey.definition.StepLabel;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.definition.SurveyKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a survey as typed on the admin pages or sent to the API, and says what is wrong with each field:
 * what no survey can be stored with (an unknown type, a question without Danish text, a step label without
 * text, an image without a text alternative, an oversized text, a point outside the organisation's
 * framework). What may be stored but not yet published (too few choices, no easy-read text, …) is left to
 * the survey check, which the editor shows beside the draft.
 */
final class DefinitionInput {

    static final int LONGEST_SHORT_TEXT = 200;
    static final int LONGEST_TEXT = 1000;
    static final int LONGEST_INTRO = 2000;
    static final int MOST_MINUTES = 120;

    private final Organisation organisation;
    private final List<FieldProblem> problems = new ArrayList<>();

    private DefinitionInput(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The definition, or the problems: never both. */
    record Outcome(SurveyDefinition definition, List<FieldProblem> problems) {

        boolean isValid() {
            return problems.isEmpty();
        }
    }

    static Outcome read(SurveyDocument document, Organisation organisation) {
        DefinitionInput input = new DefinitionInput(organisation);
        SurveyDefinition definition = input.survey(document);
        return input.problems.isEmpty() ? new Outcome(definition, List.of()) : new Outcome(null, List.copyOf(input.problems));
    }

    /**
     * One question read on its own, as the question page sends it; {@code earlier} are the questions before it,
     * whose answers its show-if condition may name. In a whole survey a condition is left to the survey check, so a
     * survey whose questions were moved about can still be stored and then fixed.
     */
    static QuestionOutcome readQuestion(SurveyDocument.QuestionDocument document, Organisation organisation, String framework,
                                        List<Question> earlier) {
        DefinitionInput input = new DefinitionInput(organisation);
        Question question = input.question("", document, framework);
        if (question.showIf() != null) {
            input.checkShowIf("", question, earlier);
        }
        return input.problems.isEmpty() ? new QuestionOutcome(question, List.of()) : new QuestionOutcome(null, List.copyOf(input.problems));
    }

    record QuestionOutcome(Question question, List<FieldProblem> problems) {

        boolean isValid() {
            return problems.isEmpty();
        }
    }

    private SurveyDefinition survey(SurveyDocument document) {
        String id = document.id();
        if (id != null && !Ids.isId(id)) {
            problems.add(FieldProblem.of("id", "idInvalid"));
        }
        SurveyKind kind = null;
        if (document.kind() == null || document.kind().isBlank()) {
            problems.add(FieldProblem.of("kind", "kindUnknown"));
        } else {
            kind = SurveyKind.fromId(document.kind()).orElse(null);
            if (kind == null) {
                problems.add(FieldProblem.of("kind", "kindUnknown"));
            }
        }
        LocalizedText title = requiredText("title", document.title(), LONGEST_SHORT_TEXT);
        LocalizedText intro = optionalText("intro", document.intro(), LONGEST_INTRO);
        int minutes = minutes(document.minutes());
        String framework = blankToNull(document.framework());
        if (framework != null && !framework.equals(organisation.framework().id())) {
            problems.add(FieldProblem.of("framework", "frameworkNotOrganisations", organisation.framework().id()));
        }
        List<String> roles = document.respondentRoles() == null ? List.of() : document.respondentRoles();
        for (int i = 0; i < roles.size(); i++) {
            if (organisation.respondentRole(roles.get(i)).isEmpty()) {
                problems.add(FieldProblem.of("respondentRoles[" + i + "]", "respondentRoleUnknown",
                    organisation.respondentRoles().stream().map(RespondentRole::id).collect(Collectors.joining(", "))));
            }
        }
        List<SurveyDocument.QuestionDocument> documents = document.questions() == null ? List.of() : document.questions();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            SurveyDocument.QuestionDocument question = documents.get(i);
            questions.add(question == null ? null : question("questions[" + i + "].", question, framework));
        }
        return new SurveyDefinition(id, kind, title, intro, minutes, framework, roles,
            Boolean.TRUE.equals(document.allowsThreeStepScales()), questions.stream().filter(question -> question != null).toList());
    }

    private int minutes(Integer minutes) {
        if (minutes == null) {
            problems.add(FieldProblem.of("minutes", "minutesMissing", MOST_MINUTES));
            return 0;
        }
        if (minutes < 1 || minutes > MOST_MINUTES) {
            problems.add(FieldProblem.of("minutes", "minutesOutOfRange", MOST_MINUTES));
        }
        return minutes;
    }

    private Question question(String at, SurveyDocument.QuestionDocument document, String framework) {
        String key = blankToNull(document.key());
        if (!Ids.isId(key)) {
            problems.add(FieldProblem.of(at + "key", "keyInvalid"));
        }
        QuestionType type = type(at, document.type());
        LocalizedText text = requiredText(at + "text", document.text(), LONGEST_TEXT);
        LocalizedText easyRead = optionalText(at + "easyRead", document.easyRead(), LONGEST_TEXT);
        LocalizedText help = optionalText(at + "help", document.help(), LONGEST_TEXT);
        String point = blankToNull(document.point());
        if (type != null && type.isScored() && framework != null) {
            if (point == null) {
                problems.add(FieldProblem.of(at + "point", "pointMissing"));
            } else if (organisation.framework().point(point).isEmpty()) {
                problems.add(FieldProblem.of(at + "point", "pointUnknown"));
            }
        }
        List<Choice> choices = choices(at, document.choices());
        Integer maxLength = document.maxLength();
        if (maxLength != null && (maxLength < 1 || maxLength > Question.LONGEST_FREE_TEXT)) {
            problems.add(FieldProblem.of(at + "maxLength", "maxLengthOutOfRange", Question.LONGEST_FREE_TEXT));
        }
        return new Question(key, type, text, easyRead, help, Boolean.TRUE.equals(document.required()),
            Boolean.TRUE.equals(document.offersDontKnow()), point, choices, maxLength, showIf(at, document.showIf()),
            image(at, document.image()), labels(at, type, document.labels()));
    }

    private QuestionType type(String at, String id) {
        if (id == null || id.isBlank()) {
            problems.add(FieldProblem.of(at + "type", "typeMissing"));
            return null;
        }
        Optional<QuestionType> type = QuestionType.fromId(id);
        if (type.isEmpty()) {
            problems.add(FieldProblem.of(at + "type", "typeUnknown",
                Arrays.stream(QuestionType.values()).map(QuestionType::id).collect(Collectors.joining(", "))));
        }
        return type.orElse(null);
    }

    private List<Choice> choices(String at, List<SurveyDocument.ChoiceDocument> documents) {
        List<Choice> choices = new ArrayList<>();
        if (documents == null) {
            return choices;
        }
        for (int i = 0; i < documents.size(); i++) {
            SurveyDocument.ChoiceDocument choice = documents.get(i);
            String path = at + "choices[" + i + "].";
            if (choice == null) {
                continue;
            }
            String value = blankToNull(choice.value());
            if (!Ids.isId(value)) {
                problems.add(FieldProblem.of(path + "value", "choiceValueInvalid"));
            }
            LocalizedText label = requiredText(path + "label", choice.label(), LONGEST_SHORT_TEXT);
            choices.add(new Choice(value, label));
        }
        return choices;
    }

    /** Only the labels that differ from the scale's standard ones are kept, so an untouched scale stays standard. */
    private List<StepLabel> labels(String at, QuestionType type, List<SurveyDocument.LabelDocument> documents) {
        List<StepLabel> labels = new ArrayList<>();
        if (documents == null || documents.isEmpty()) {
            return labels;
        }
        Optional<Scale> scale = type == null ? Optional.empty() : type.scale();
        for (int i = 0; i < documents.size(); i++) {
            SurveyDocument.LabelDocument document = documents.get(i);
            if (document == null) {
                continue;
            }
            String path = at + "labels[" + i + "].";
            String value = blankToNull(document.value());
            Optional<ScaleStep> step = scale.flatMap(known -> known.step(value));
            if (type != null && step.isEmpty()) {
                problems.add(FieldProblem.of(path + "value", scale.isPresent() ? "labelNotOnScale" : "labelsNotForType",
                    scale.map(known -> String.join(", ", known.values())).orElse(type.id())));
                continue;
            }
            if (document.label() == null || isBlank(document.label().da())) {
                problems.add(FieldProblem.of(path + "label.da", "labelMissing", value));
                continue;
            }
            LocalizedText label = requiredText(path + "label", document.label(), LONGEST_SHORT_TEXT);
            if (label != null && step.isPresent() && !label.equals(step.get().label())) {
                labels.add(new StepLabel(value, label));
            }
        }
        return labels;
    }

    private ShowIf showIf(String at, SurveyDocument.ShowIfDocument document) {
        if (document == null || isBlank(document.question())) {
            if (document != null && document.anyOf() != null && !document.anyOf().isEmpty()) {
                problems.add(FieldProblem.of(at + "showIf.question", "showIfQuestionMissing"));
            }
            return null;
        }
        List<String> values = document.anyOf() == null ? List.of()
            : document.anyOf().stream().filter(value -> !isBlank(value)).map(String::strip).toList();
        if (values.isEmpty()) {
            problems.add(FieldProblem.of(at + "showIf.anyOf", "showIfValuesMissing"));
        }
        return new ShowIf(document.question().strip(), values);
    }

    private void checkShowIf(String at, Question question, List<Question> earlier) {
        ShowIf showIf = question.showIf();
        Optional<Question> condition = earlier.stream().filter(other -> other != null && showIf.question().equals(other.key())).findFirst();
        if (condition.isEmpty()) {
            problems.add(FieldProblem.of(at + "showIf.question", "showIfNotEarlier"));
            return;
        }
        if (condition.get().type() == null || showIf.anyOf().isEmpty()) {
            return;
        }
        List<String> offered = condition.get().offeredValues();
        if (!offered.containsAll(showIf.anyOf())) {
            problems.add(FieldProblem.of(at + "showIf.anyOf", offered.isEmpty() ? "showIfNothingOffered" : "showIfValueNotOffered",
                String.join(", ", offered)));
        }
    }

    private Image image(String at, SurveyDocument.ImageDocument document) {
        if (document == null) {
            return null;
        }
        String source = blankToNull(document.source());
        boolean hasAlt = document.alt() != null && !(isBlank(document.alt().da()) && isBlank(document.alt().en()));
        if (source == null && !hasAlt) {
            return null;
        }
        if (source == null) {
            problems.add(FieldProblem.of(at + "image.source", "imageSourceMissing"));
        } else if (source.length() > LONGEST_TEXT) {
            problems.add(FieldProblem.of(at + "image.source", "tooLong", LONGEST_TEXT));
        }
        if (document.alt() == null || isBlank(document.alt().da())) {
            problems.add(FieldProblem.of(at + "image.alt.da", "imageAltMissing"));
            return new Image(source, null);
        }
        return new Image(source, optionalText(at + "image.alt", document.alt(), LONGEST_TEXT));
    }

    private LocalizedText requiredText(String at, SurveyDocument.Text text, int longest) {
        if (text == null || isBlank(text.da())) {
            problems.add(FieldProblem.of(at + ".da", "danishMissing"));
            return null;
        }
        return text(at, text, longest);
    }

    private LocalizedText optionalText(String at, SurveyDocument.Text text, int longest) {
        if (text == null || (isBlank(text.da()) && isBlank(text.en()))) {
            return null;
        }
        if (isBlank(text.da())) {
            problems.add(FieldProblem.of(at + ".da", "danishMissingBesideEnglish"));
            return null;
        }
        return text(at, text, longest);
    }

    private LocalizedText text(String at, SurveyDocument.Text text, int longest) {
        String da = text.da().strip();
        String en = isBlank(text.en()) ? null : text.en().strip();
        if (da.length() > longest) {
            problems.add(FieldProblem.of(at + ".da", "tooLong", longest));
        }
        if (en != null && en.length() > longest) {
            problems.add(FieldProblem.of(at + ".en", "tooLong", longest));
        }
        return new LocalizedText(da, en);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
