package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import dk.borgerstemme.survey.definition.Choice;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionType;
import dk.borgerstemme.survey.definition.ScaleStep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question page's form: a question as field values to show, and the posted fields read back into the
 * shape the API takes, so the pages and the API refuse the same things. Fields a type does not use are
 * shown for every type (the page works without JavaScript) and dropped on saving.
 */
final class QuestionForm {

    /** Blank rows offered below a question's choices for adding more. */
    static final int SPARE_CHOICES = 2;
    static final int MOST_CHOICES = 30;
    static final int NEW_FREE_TEXT_LENGTH = 1000;

    private QuestionForm() {
    }

    static Map<String, String> valuesOf(Question question) {
        Map<String, String> values = new HashMap<>();
        values.put("key", question.key());
        values.put("type", question.type() == null ? "" : question.type().id());
        text(values, "text", question.text());
        text(values, "easyread", question.easyRead());
        text(values, "help", question.help());
        values.put("required", question.required() ? "ja" : "");
        values.put("offersdontknow", question.offersDontKnow() ? "ja" : "");
        values.put("point", question.point() == null ? "" : question.point());
        values.put("maxlength", question.maxLength() == null ? "" : String.valueOf(question.maxLength()));
        values.put("showif-question", question.showIf() == null ? "" : question.showIf().question());
        values.put("showif-anyof", question.showIf() == null ? "" : String.join(", ", question.showIf().anyOf()));
        values.put("image-source", question.image() == null || question.image().source() == null ? "" : question.image().source());
        text(values, "image-alt", question.image() == null ? null : question.image().alt());
        List<Choice> choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            values.put("choices-" + i + "-value", choices.get(i).value());
            text(values, "choices-" + i + "-label", choices.get(i).label());
        }
        values.put("labels-type", question.type() == null ? "" : question.type().id());
        if (question.type() != null) {
            List<ScaleStep> steps = question.type().scale().map(scale -> scale.steps()).orElse(List.of());
            for (int i = 0; i < steps.size(); i++) {
                ScaleStep step = question.labelled(steps.get(i));
                values.put("labels-" + i + "-value", step.value());
                text(values, "labels-" + i + "-label", step.label());
            }
        }
        return values;
    }

    /** A new question's starting values: no type chosen yet, a free key, a length limit ready for free text. */
    static Map<String, String> valuesOfNew(String key) {
        Map<String, String> values = new HashMap<>();
        values.put("key", key);
        values.put("maxlength", String.valueOf(NEW_FREE_TEXT_LENGTH));
        return values;
    }

    /** How many choice rows to show: those typed or stored, and some spare. */
    static int choiceRows(Map<String, String> values) {
        int rows = 0;
        while (rows < MOST_CHOICES && (values.containsKey("choices-" + rows + "-value") || values.containsKey("choices-" + rows + "-label-da"))) {
            rows++;
        }
        return Math.min(MOST_CHOICES, rows + SPARE_CHOICES);
    }

    /**
     * Reads the posted question. A label row is read only for the type it was shown for ({@code labels-type}):
     * after a change of type the old type's steps mean something else.
     */
    static SurveyDocument.QuestionDocument read(FormFields form, String key, boolean hasFramework) {
        String typeId = form.value("type").strip();
        Optional<QuestionType> type = QuestionType.fromId(typeId);
        boolean scored = type.map(QuestionType::isScored).orElse(false);
        List<SurveyDocument.ChoiceDocument> choices = new ArrayList<>();
        if (type.map(QuestionType::hasChoices).orElse(false)) {
            for (int i = 0; i < MOST_CHOICES; i++) {
                String value = form.value("choices-" + i + "-value").strip();
                SurveyDocument.Text label = text(form, "choices-" + i + "-label");
                if (!value.isEmpty() || label != null) {
                    choices.add(new SurveyDocument.ChoiceDocument(value.isEmpty() ? ChoiceValues.from(label) : value, label));
                }
            }
        }
        List<SurveyDocument.LabelDocument> labels = new ArrayList<>();
        if (scored && typeId.equals(form.value("labels-type"))) {
            for (int i = 0; form.has("labels-" + i + "-value"); i++) {
                labels.add(new SurveyDocument.LabelDocument(form.value("labels-" + i + "-value"),
                    new SurveyDocument.Text(form.value("labels-" + i + "-label-da"), form.value("labels-" + i + "-label-en"))));
            }
        }
        String showIfQuestion = form.value("showif-question").strip();
        SurveyDocument.ShowIfDocument showIf = showIfQuestion.isEmpty() && form.value("showif-anyof").isBlank() ? null
            : new SurveyDocument.ShowIfDocument(showIfQuestion, Arrays.stream(form.value("showif-anyof").split(","))
                .map(String::strip).filter(value -> !value.isEmpty()).toList());
        SurveyDocument.Text alt = text(form, "image-alt");
        String source = form.value("image-source").strip();
        return new SurveyDocument.QuestionDocument(
            key,
            typeId,
            new SurveyDocument.Text(form.value("text-da"), form.value("text-en")),
            text(form, "easyread"),
            text(form, "help"),
            form.ticked("required"),
            scored && form.ticked("offersdontknow"),
            scored && hasFramework ? form.value("point") : null,
            choices,
            type.filter(QuestionType.FREE_TEXT::equals).isPresent() ? maxLength(form) : null,
            showIf,
            source.isEmpty() && alt == null ? null : new SurveyDocument.ImageDocument(source, alt),
            labels);
    }

    /** A length that is not a number is sent on as out of range, so it is refused with the range. */
    private static Integer maxLength(FormFields form) {
        String typed = form.value("maxlength").strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static SurveyDocument.Text text(FormFields form, String name) {
        String da = form.value(name + "-da");
        String en = form.value(name + "-en");
        return da.isBlank() && en.isBlank() ? null : new SurveyDocument.Text(da, en);
    }

    private static void text(Map<String, String> values, String name, LocalizedText text) {
        values.put(name + "-da", text == null ? "" : text.da());
        values.put(name + "-en", text == null || text.en() == null ? "" : text.en());
    }
}
