package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Framework;
import dk.borgerstemme.platform.catalogue.LocalizedText;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The survey editor as an authoring tool (EN 301 549 clause 11.8): refuses a survey that cannot be
 * made accessible (errors) and warns about what makes it hard to answer (warnings). Codes are stable;
 * docs/surveys.md lists them all with their reasons.
 */
public final class SurveyDefinitionCheck {

    public static final int MOST_QUESTIONS = 15;
    public static final int LONGEST_SENTENCE_IN_WORDS = 25;

    private final Function<String, Optional<Framework>> frameworks;

    public SurveyDefinitionCheck(Function<String, Optional<Framework>> frameworks) {
        this.frameworks = frameworks;
    }

    /** Checks scored questions against the frameworks of this catalogue. */
    public static SurveyDefinitionCheck against(Catalogue catalogue) {
        return new SurveyDefinitionCheck(catalogue::framework);
    }

    public CheckReport check(SurveyDefinition survey) {
        Findings findings = new Findings(survey.id());
        Optional<Framework> framework = checkSurvey(survey, findings);
        Map<String, Integer> positionByKey = new LinkedHashMap<>();
        for (int position = 0; position < survey.questions().size(); position++) {
            Question question = survey.questions().get(position);
            String subject = Ids.isId(question.key()) ? question.key() : "number " + (position + 1);
            QuestionFindings questionFindings = findings.about(question.key(), subject);
            checkKey(question, position, positionByKey, questionFindings);
            checkTexts(question, questionFindings);
            if (question.type() == null) {
                questionFindings.report(CheckRule.QUESTION_TYPE_MISSING, "has no type");
                continue;
            }
            checkFieldsForType(question, questionFindings);
            checkPoint(survey, question, framework, questionFindings);
            checkChoices(question, questionFindings);
            checkStepLabels(question, questionFindings);
            checkFreeText(question, questionFindings);
            checkImage(question, questionFindings);
            checkShowIf(survey, question, position, questionFindings);
            checkRequiredWhenConditional(question, questionFindings);
        }
        return findings.report();
    }

    private Optional<Framework> checkSurvey(SurveyDefinition survey, Findings findings) {
        QuestionFindings about = findings.about(null, null);
        if (!Ids.isId(survey.id())) {
            about.report(CheckRule.SURVEY_ID_INVALID, "the id must be " + Ids.RULE + ", was " + survey.id());
        }
        if (survey.kind() == null) {
            about.report(CheckRule.SURVEY_KIND_MISSING, "has no kind (satisfaction or complaint-handling)");
        }
        requireDanish(about, CheckRule.SURVEY_DANISH_TEXT_MISSING, "title", survey.title());
        requireDanish(about, CheckRule.SURVEY_DANISH_TEXT_MISSING, "intro", survey.intro());
        checkPlainLanguage(about, "title", survey.title());
        checkPlainLanguage(about, "intro", survey.intro());
        if (survey.minutes() < 1) {
            about.report(CheckRule.SURVEY_MINUTES_MISSING, "must say how many minutes it takes to answer (at least 1)");
        }
        if (survey.respondentRoles().isEmpty()) {
            about.report(CheckRule.SURVEY_RESPONDENT_ROLES_MISSING, "must name at least one respondent role");
        }
        survey.respondentRoles().stream().filter(role -> !Ids.isId(role)).forEach(role ->
            about.report(CheckRule.SURVEY_RESPONDENT_ROLE_INVALID, "respondent role must be an id of " + Ids.RULE + ", was " + role));
        if (survey.questions().isEmpty()) {
            about.report(CheckRule.SURVEY_QUESTIONS_MISSING, "has no questions");
        }
        if (survey.questions().size() > MOST_QUESTIONS) {
            about.report(CheckRule.SURVEY_TOO_MANY_QUESTIONS, "has " + survey.questions().size() + " questions; more than "
                + MOST_QUESTIONS + " tire many respondents before the end");
        }
        if (survey.framework() == null) {
            if (survey.kind() != null && !survey.kind().mayTargetNoFramework()) {
                about.report(CheckRule.SURVEY_FRAMEWORK_REQUIRED, "a " + survey.kind().id()
                    + " survey must target a framework, whose measurement points its scored questions feed");
            }
            return Optional.empty();
        }
        Optional<Framework> framework = frameworks.apply(survey.framework());
        if (framework.isEmpty()) {
            about.report(CheckRule.SURVEY_FRAMEWORK_UNKNOWN, "targets framework " + survey.framework() + ", which the catalogue does not know");
        }
        return framework;
    }

    private static void checkKey(Question question, int position, Map<String, Integer> positionByKey, QuestionFindings about) {
        if (!Ids.isId(question.key())) {
            about.report(CheckRule.QUESTION_KEY_INVALID, "the key must be " + Ids.RULE + ", was " + question.key());
        } else if (positionByKey.putIfAbsent(question.key(), position) != null) {
            about.report(CheckRule.QUESTION_DUPLICATE_KEY, "the key is also used by question number " + (positionByKey.get(question.key()) + 1)
                + "; a key is the question's identity across versions and must be unique");
        }
    }

    private static void checkTexts(Question question, QuestionFindings about) {
        requireDanish(about, CheckRule.QUESTION_DANISH_TEXT_MISSING, "text", question.text());
        if (question.easyRead() == null) {
            about.report(CheckRule.QUESTION_EASY_READ_MISSING, "has no easy-read text (let læst) for respondents who need simpler words");
        } else {
            requireDanish(about, CheckRule.QUESTION_DANISH_TEXT_MISSING, "easy-read text", question.easyRead());
        }
        if (question.help() != null) {
            requireDanish(about, CheckRule.QUESTION_DANISH_TEXT_MISSING, "help text", question.help());
        }
        namedTexts(question).forEach((field, text) -> checkPlainLanguage(about, field, text));
    }

    private static void checkFieldsForType(Question question, QuestionFindings about) {
        QuestionType type = question.type();
        if (!question.choices().isEmpty() && !type.hasChoices()) {
            about.report(CheckRule.QUESTION_NOT_FOR_TYPE, "a " + type.id() + " question offers no choices; remove them");
        }
        if (question.maxLength() != null && type != QuestionType.FREE_TEXT) {
            about.report(CheckRule.QUESTION_NOT_FOR_TYPE, "only a free-text question has a maximum length; remove it from this " + type.id() + " question");
        }
        if (!question.labels().isEmpty() && !type.isScored()) {
            about.report(CheckRule.QUESTION_NOT_FOR_TYPE, "only a scored question has step labels; remove them from this " + type.id() + " question");
        }
        if (question.offersDontKnow() && !type.isScored()) {
            about.report(CheckRule.QUESTION_NOT_FOR_TYPE, "only a scored question can offer \"Ved ikke\"; this is a " + type.id() + " question");
        }
    }

    private static void checkPoint(SurveyDefinition survey, Question question, Optional<Framework> framework, QuestionFindings about) {
        String point = question.point();
        if (!question.type().isScored()) {
            if (point != null) {
                about.report(CheckRule.QUESTION_POINT_ON_UNSCORED_TYPE, "a " + question.type().id()
                    + " question has no positive answers to count, so it cannot feed measurement point " + point);
            }
            return;
        }
        if (survey.framework() == null) {
            if (point != null) {
                about.report(CheckRule.QUESTION_POINT_WITHOUT_FRAMEWORK, "is tagged with measurement point " + point + ", but the survey targets no framework");
            }
            return;
        }
        if (point == null) {
            about.report(CheckRule.QUESTION_POINT_MISSING, "a scored question must be tagged with a measurement point of " + survey.framework());
            return;
        }
        framework.ifPresent(known -> {
            Optional<MeasurementPoint> measurementPoint = known.point(point);
            if (measurementPoint.isEmpty()) {
                about.report(CheckRule.QUESTION_POINT_UNKNOWN, "measurement point " + point + " is not in framework " + known.id());
            } else if (!measurementPoint.get().fedBy(MeasurementPoint.SURVEY)) {
                about.report(CheckRule.QUESTION_POINT_NOT_FED_BY_SURVEY, "measurement point " + point + " is not marked as fed by surveys in "
                    + known.id() + ", so reports will not show it as a survey point");
            }
        });
    }

    private static void checkChoices(Question question, QuestionFindings about) {
        if (!question.type().hasChoices()) {
            return;
        }
        if (question.choices().size() < 2) {
            about.report(CheckRule.QUESTION_CHOICES_MISSING, "a " + question.type().id() + " question must offer at least two choices");
        }
        Set<String> values = new HashSet<>();
        for (Choice choice : question.choices()) {
            String value = choice.value();
            if (!Ids.isId(value) || DontKnow.VALUE.equals(value)) {
                about.report(CheckRule.QUESTION_CHOICE_VALUE_INVALID, "a choice value must be " + Ids.RULE + " and not " + DontKnow.VALUE + ", was " + value);
            } else if (!values.add(value)) {
                about.report(CheckRule.QUESTION_DUPLICATE_CHOICE, "offers choice " + value + " twice");
            }
            if (!hasDanish(choice.label())) {
                about.report(CheckRule.QUESTION_CHOICE_LABEL_MISSING, "choice " + value + " has no Danish label to show");
            }
        }
    }

    private static void checkStepLabels(Question question, QuestionFindings about) {
        Optional<Scale> scale = question.type().scale();
        if (scale.isEmpty()) {
            return;
        }
        for (StepLabel label : question.labels()) {
            if (scale.get().step(label.value()).isEmpty()) {
                about.report(CheckRule.QUESTION_STEP_LABEL_NOT_ON_SCALE, "has a label for step " + label.value() + ", which a "
                    + question.type().id() + " scale does not have; its steps are " + String.join(", ", scale.get().values()));
            } else if (!hasDanish(label.label())) {
                about.report(CheckRule.QUESTION_STEP_LABEL_MISSING, "step " + label.value()
                    + " has no Danish label; a step without a label cannot be perceived or told apart");
            }
        }
    }

    private static void checkFreeText(Question question, QuestionFindings about) {
        if (question.type() != QuestionType.FREE_TEXT) {
            return;
        }
        if (question.maxLength() == null) {
            about.report(CheckRule.QUESTION_MAX_LENGTH_MISSING, "a free-text question must have a maximum length, which is shown to the respondent");
        } else if (question.maxLength() < 1 || question.maxLength() > Question.LONGEST_FREE_TEXT) {
            about.report(CheckRule.QUESTION_MAX_LENGTH_OUT_OF_RANGE, "the maximum length must be 1 to " + Question.LONGEST_FREE_TEXT
                + " characters, was " + question.maxLength());
        }
    }

    private static void checkImage(Question question, QuestionFindings about) {
        Image image = question.image();
        if (image == null) {
            return;
        }
        if (image.source() == null || image.source().isBlank()) {
            about.report(CheckRule.QUESTION_IMAGE_SOURCE_MISSING, "has an image without an address to load it from");
        }
        if (!hasDanish(image.alt())) {
            about.report(CheckRule.QUESTION_IMAGE_ALT_MISSING, "has an image without a Danish text alternative (alt); "
                + "respondents who cannot see it would miss what it shows");
        }
    }

    private static void checkShowIf(SurveyDefinition survey, Question question, int position, QuestionFindings about) {
        ShowIf showIf = question.showIf();
        if (showIf == null) {
            return;
        }
        List<Question> questions = survey.questions();
        int earlier = -1;
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key() != null && questions.get(i).key().equals(showIf.question())) {
                earlier = i;
                break;
            }
        }
        if (earlier < 0) {
            about.report(CheckRule.QUESTION_SHOW_IF_UNKNOWN_QUESTION, "is shown depending on question " + showIf.question() + ", which the survey does not have");
            return;
        }
        if (earlier >= position) {
            about.report(CheckRule.QUESTION_SHOW_IF_NOT_EARLIER, "is shown depending on question " + showIf.question()
                + ", which does not come before it; a condition can only look back");
            return;
        }
        Question condition = questions.get(earlier);
        List<String> offered = condition.type() == null ? List.of() : condition.offeredValues();
        List<String> notOffered = showIf.anyOf().stream().filter(value -> !offered.contains(value)).toList();
        if (showIf.anyOf().isEmpty() || !notOffered.isEmpty()) {
            about.report(CheckRule.QUESTION_SHOW_IF_VALUE_NOT_OFFERED, "is shown when question " + showIf.question() + " is answered with "
                + (showIf.anyOf().isEmpty() ? "nothing" : String.join(", ", notOffered))
                + ", which it does not offer" + (offered.isEmpty() ? "" : "; it offers " + String.join(", ", offered)));
        }
    }

    /**
     * A respondent reaches a conditional question because of an earlier answer, often one given with help
     * or by mistake; if the question is then required and has no "Ved ikke", they cannot go on.
     */
    private static void checkRequiredWhenConditional(Question question, QuestionFindings about) {
        if (question.required() && question.showIf() != null && !(question.type().isScored() && question.offersDontKnow())) {
            about.report(CheckRule.QUESTION_REQUIRED_CONDITIONAL, "is required but only shown after a certain answer; "
                + "make it optional or, for a scored question, offer \"Ved ikke\", so a respondent it is shown to can always go on");
        }
    }

    private static Map<String, LocalizedText> namedTexts(Question question) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        texts.put("text", question.text());
        texts.put("easy-read text", question.easyRead());
        texts.put("help text", question.help());
        question.choices().forEach(choice -> texts.put("label of choice " + choice.value(), choice.label()));
        question.labels().forEach(label -> texts.put("label of step " + label.value(), label.label()));
        if (question.image() != null) {
            texts.put("image alt text", question.image().alt());
        }
        return texts;
    }

    private static void requireDanish(QuestionFindings about, CheckRule rule, String field, LocalizedText text) {
        if (!hasDanish(text)) {
            about.report(rule, "has no Danish " + field);
        }
    }

    private static void checkPlainLanguage(QuestionFindings about, String field, LocalizedText text) {
        if (text == null) {
            return;
        }
        if (hasDanish(text) && (text.en() == null || text.en().isBlank())) {
            about.report(CheckRule.TEXT_ENGLISH_MISSING, "has no English " + field + "; English readers will see the Danish");
        }
        checkSentences(about, "Danish", field, text.da());
        checkSentences(about, "English", field, text.en());
    }

    private static void checkSentences(QuestionFindings about, String language, String field, String text) {
        int longest = Sentences.longestInWords(text);
        if (longest > LONGEST_SENTENCE_IN_WORDS) {
            about.report(CheckRule.TEXT_LONG_SENTENCE, "the " + language + " " + field + " has a sentence of " + longest
                + " words; keep sentences to " + LONGEST_SENTENCE_IN_WORDS + " words or fewer");
        }
    }

    private static boolean hasDanish(LocalizedText text) {
        return text != null && text.da() != null && !text.da().isBlank();
    }

    /** Collects findings, each message opened by the survey or question it is about. */
    private static final class Findings {

        private final String surveyId;
        private final List<CheckFinding> errors = new ArrayList<>();
        private final List<CheckFinding> warnings = new ArrayList<>();

        Findings(String surveyId) {
            this.surveyId = surveyId;
        }

        QuestionFindings about(String questionKey, String subject) {
            String opening = subject == null ? "Survey " + surveyId + ": " : "Question " + subject + ": ";
            return new QuestionFindings(this, questionKey, opening);
        }

        CheckReport report() {
            return new CheckReport(errors, warnings);
        }
    }

    private record QuestionFindings(Findings findings, String questionKey, String opening) {

        void report(CheckRule rule, String message) {
            CheckFinding finding = new CheckFinding(rule.code(), questionKey, opening + message);
            (rule.refuses() ? findings.errors : findings.warnings).add(finding);
        }
    }
}
