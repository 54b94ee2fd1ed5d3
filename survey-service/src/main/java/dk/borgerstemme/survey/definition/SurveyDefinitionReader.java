package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;

import java.util.List;
import java.util.Optional;

/**
 * Reads one survey file ({@code <id>.yml}) into a {@link SurveyDefinition}. This checks the file's
 * shape: known keys, the right kind of value, the id matching the file name. Whether the survey may be
 * published is {@link SurveyDefinitionCheck}'s to say. The format is described in docs/surveys.md.
 */
final class SurveyDefinitionReader {

    static final String EXTENSION = ".yml";

    private SurveyDefinitionReader() {
    }

    /** The survey, or empty when the file has problems (they are added to {@code problems}). */
    static Optional<SurveyDefinition> read(String fileName, String text, List<String> problems) {
        Object document;
        try {
            document = SnakeYaml.load(text);
        } catch (SnakeYaml.SyntaxProblem e) {
            YamlValue.problem(problems, fileName, e.where() == null ? "(file)" : e.where(), e.getMessage());
            return Optional.empty();
        }
        int problemsBefore = problems.size();
        Optional<SurveyDefinition> survey = YamlValue.root(fileName, document, problems)
            .mapping("id", "kind", "title", "intro", "minutes", "framework", "respondentRoles", "allowsThreeStepScales", "questions")
            .map(root -> survey(root, fileName));
        return problems.size() == problemsBefore ? survey : Optional.empty();
    }

    private static SurveyDefinition survey(YamlValue.Fields root, String fileName) {
        String baseName = fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
        String id = root.required("id").flatMap(node -> node.id().filter(found -> {
            if (!found.equals(baseName)) {
                node.problem("must be " + baseName + " to match the file name " + fileName + ", was " + found);
                return false;
            }
            return true;
        })).orElse(null);
        return new SurveyDefinition(
            id,
            root.required("kind").flatMap(node -> node.oneOf(SurveyKind.values(), SurveyKind::id)).orElse(null),
            root.required("title").flatMap(YamlValue::localizedText).orElse(null),
            root.required("intro").flatMap(YamlValue::localizedText).orElse(null),
            root.required("minutes").flatMap(node -> node.wholeNumber(1, 120)).orElse(0),
            root.optional("framework").flatMap(YamlValue::id).orElse(null),
            root.required("respondentRoles").map(SurveyDefinitionReader::ids).orElse(List.of()),
            root.optional("allowsThreeStepScales").flatMap(YamlValue::yesOrNo).orElse(false),
            root.required("questions").flatMap(YamlValue::list).orElse(List.of()).stream()
                .flatMap(node -> question(node).stream())
                .toList());
    }

    private static Optional<Question> question(YamlValue node) {
        return node.mapping("key", "type", "text", "easyRead", "help", "required", "offersDontKnow", "point", "choices",
            "maxLength", "showIf", "image", "labels").map(question -> new Question(
            question.required("key").flatMap(YamlValue::id).orElse(null),
            question.required("type").flatMap(type -> type.oneOf(QuestionType.values(), QuestionType::id)).orElse(null),
            question.required("text").flatMap(YamlValue::localizedText).orElse(null),
            optionalText(question, "easyRead"),
            optionalText(question, "help"),
            question.optional("required").flatMap(YamlValue::yesOrNo).orElse(false),
            question.optional("offersDontKnow").flatMap(YamlValue::yesOrNo).orElse(false),
            question.optional("point").flatMap(YamlValue::id).orElse(null),
            question.optional("choices").flatMap(YamlValue::list).orElse(List.of()).stream()
                .flatMap(choice -> choice(choice).stream())
                .toList(),
            question.optional("maxLength").flatMap(length -> length.wholeNumber(1, 100_000)).orElse(null),
            question.optional("showIf").flatMap(SurveyDefinitionReader::showIf).orElse(null),
            question.optional("image").flatMap(SurveyDefinitionReader::image).orElse(null),
            question.optional("labels").flatMap(YamlValue::list).orElse(List.of()).stream()
                .flatMap(label -> stepLabel(label).stream())
                .toList()));
    }

    private static LocalizedText optionalText(YamlValue.Fields fields, String key) {
        return fields.optional(key).flatMap(YamlValue::localizedText).orElse(null);
    }

    private static Optional<Choice> choice(YamlValue node) {
        return node.mapping("value", "label").map(choice -> new Choice(
            choice.required("value").flatMap(YamlValue::id).orElse(null),
            choice.required("label").flatMap(YamlValue::localizedText).orElse(null)));
    }

    private static Optional<StepLabel> stepLabel(YamlValue node) {
        return node.mapping("value", "label").map(label -> new StepLabel(
            label.required("value").flatMap(YamlValue::text).orElse(null),
            label.required("label").flatMap(YamlValue::localizedText).orElse(null)));
    }

    private static Optional<ShowIf> showIf(YamlValue node) {
        return node.mapping("question", "anyOf").map(showIf -> new ShowIf(
            showIf.required("question").flatMap(YamlValue::id).orElse(null),
            showIf.required("anyOf").map(SurveyDefinitionReader::texts).orElse(List.of())));
    }

    private static Optional<Image> image(YamlValue node) {
        return node.mapping("source", "alt").map(image -> new Image(
            image.required("source").flatMap(YamlValue::text).orElse(null),
            optionalText(image, "alt")));
    }

    private static List<String> ids(YamlValue node) {
        return node.list().orElse(List.of()).stream().flatMap(element -> element.id().stream()).toList();
    }

    private static List<String> texts(YamlValue node) {
        return node.list().orElse(List.of()).stream().flatMap(element -> element.text().stream()).toList();
    }
}
