package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One question. The {@code key} is its identity across versions: results compare a question with
 * itself by key. {@code point} is the measurement point of the survey's framework that a scored
 * question feeds. Optional parts are {@code null} when absent: {@code easyRead} (let læst), {@code help}
 * (help in context), {@code point}, {@code maxLength}, {@code showIf}, {@code image}. {@code labels} are the
 * question's own labels for steps of its scale; a step without one keeps the scale's standard label.
 * A definition is not checked when it is built; {@link SurveyDefinitionCheck} says whether it may be published.
 */
@Serdeable
public record Question(
    String key,
    QuestionType type,
    LocalizedText text,
    LocalizedText easyRead,
    LocalizedText help,
    boolean required,
    boolean offersDontKnow,
    String point,
    List<Choice> choices,
    Integer maxLength,
    ShowIf showIf,
    Image image,
    List<StepLabel> labels) {

    /** The longest free text a question may ask for; longer answers are hard to write and to read. */
    public static final int LONGEST_FREE_TEXT = 2000;

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** A question with the scale's standard step labels. */
    public Question(String key, QuestionType type, LocalizedText text, LocalizedText easyRead, LocalizedText help, boolean required,
                    boolean offersDontKnow, String point, List<Choice> choices, Integer maxLength, ShowIf showIf, Image image) {
        this(key, type, text, easyRead, help, required, offersDontKnow, point, choices, maxLength, showIf, image, List.of());
    }

    /** The label this question shows for a step of its full scale: its own where it has one, else the scale's. */
    public ScaleStep labelled(ScaleStep step) {
        return labels.stream().filter(own -> step.value().equals(own.value()) && own.label() != null).findFirst()
            .map(own -> new ScaleStep(step.value(), own.label(), step.face(), step.positive()))
            .orElse(step);
    }

    public boolean isShown(Map<String, List<String>> answersSoFar) {
        return showIf == null || showIf.isMetBy(answersSoFar);
    }

    /**
     * What is wrong with the submitted values, if anything. Blank values count as no answer, so an
     * empty text field or an unticked radio group is a missing answer, not a wrong one.
     */
    public Optional<AnswerProblem> check(List<String> submitted) {
        List<String> values = given(submitted);
        if (values.isEmpty()) {
            return required ? Optional.of(AnswerProblem.REQUIRED) : Optional.empty();
        }
        if (values.size() > 1 && !type.allowsSeveralAnswers()) {
            return Optional.of(AnswerProblem.ONE_ANSWER_ONLY);
        }
        return switch (type) {
            case FREE_TEXT -> checkLength(values.get(0));
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> checkChoices(values);
            default -> checkScale(values.get(0));
        };
    }

    /** The longest text a respondent may write; shown beside the field. */
    public int effectiveMaxLength() {
        return maxLength == null ? LONGEST_FREE_TEXT : maxLength;
    }

    /** Every value a respondent can give: the scale's steps, "Ved ikke" where offered, or the choices. */
    public List<String> offeredValues() {
        if (type.hasChoices()) {
            return choices.stream().map(Choice::value).toList();
        }
        return type.scale().map(scale -> {
            List<String> values = new ArrayList<>(scale.values());
            if (offersDontKnow) {
                values.add(DontKnow.VALUE);
            }
            return List.copyOf(values);
        }).orElse(List.of());
    }

    static List<String> given(List<String> submitted) {
        return submitted == null ? List.of() : submitted.stream().filter(value -> value != null && !value.isBlank()).toList();
    }

    /** Browsers count a line break as one character in maxlength but send it as two. */
    static int lengthOf(String text) {
        String normalised = text.replace("\r\n", "\n");
        return normalised.codePointCount(0, normalised.length());
    }

    private Optional<AnswerProblem> checkLength(String text) {
        return lengthOf(text) > effectiveMaxLength() ? Optional.of(AnswerProblem.TOO_LONG) : Optional.empty();
    }

    private Optional<AnswerProblem> checkChoices(List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (choices.stream().noneMatch(choice -> choice.value().equals(value))) {
                return Optional.of(AnswerProblem.CHOICE_NOT_OFFERED);
            }
            if (!seen.add(value)) {
                return Optional.of(AnswerProblem.CHOICE_REPEATED);
            }
        }
        return Optional.empty();
    }

    private Optional<AnswerProblem> checkScale(String value) {
        if (DontKnow.VALUE.equals(value)) {
            return offersDontKnow ? Optional.empty() : Optional.of(AnswerProblem.DONT_KNOW_NOT_OFFERED);
        }
        Scale scale = type.scale().orElseThrow();
        return scale.step(value).isPresent() ? Optional.empty() : Optional.of(AnswerProblem.OUT_OF_RANGE);
    }
}
