package dk.borgerstemme.survey.definition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The surveys shipped in the jar under {@code surveys/}: a "Brugertilfredshed" per framework template, one
 * for the municipalities that buy the region's services, and "Klagebehandling". A jar cannot be listed, so
 * {@code surveys/index.txt} names the files, one a line ({@code #} starts a comment). Every survey is read
 * and then checked; any format problem or check error stops the load, and all of them are listed at once.
 */
public final class DefaultSurveys {

    static final String ROOT = "surveys";
    static final String INDEX = "index.txt";

    private final Map<String, SurveyDefinition> surveys;
    private final List<CheckFinding> warnings;

    private DefaultSurveys(Map<String, SurveyDefinition> surveys, List<CheckFinding> warnings) {
        this.surveys = surveys;
        this.warnings = List.copyOf(warnings);
    }

    /** Loads the shipped surveys and checks them with {@code check}; throws {@link SurveyDefinitionException} listing every problem. */
    public static DefaultSurveys load(SurveyDefinitionCheck check) {
        return load(DefaultSurveys.class.getClassLoader(), ROOT, check);
    }

    static DefaultSurveys load(ClassLoader classLoader, String root, SurveyDefinitionCheck check) {
        List<String> problems = new ArrayList<>();
        Map<String, SurveyDefinition> surveys = new LinkedHashMap<>();
        List<CheckFinding> warnings = new ArrayList<>();
        for (String fileName : indexedFiles(classLoader, root, problems)) {
            Optional<String> text = read(classLoader, root + "/" + fileName, fileName, problems);
            text.flatMap(content -> SurveyDefinitionReader.read(fileName, content, problems)).ifPresent(survey -> {
                CheckReport report = check.check(survey);
                report.errors().forEach(error -> problems.add(fileName + ": " + error));
                warnings.addAll(report.warnings());
                if (surveys.putIfAbsent(survey.id(), survey) != null) {
                    problems.add(fileName + ": id: another file already has id " + survey.id());
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new SurveyDefinitionException(problems);
        }
        return new DefaultSurveys(surveys, warnings);
    }

    public List<SurveyDefinition> all() {
        return List.copyOf(surveys.values());
    }

    public Optional<SurveyDefinition> find(String id) {
        return Optional.ofNullable(surveys.get(id));
    }

    /** The shipped surveys that target this framework, e.g. to offer an organisation its default surveys. */
    public List<SurveyDefinition> forFramework(String frameworkId) {
        return surveys.values().stream().filter(survey -> frameworkId.equals(survey.framework())).toList();
    }

    /** The shipped surveys of a kind; {@code COMPLAINT_HANDLING} gives the one a complainant is invited to when a complaint closes. */
    public List<SurveyDefinition> ofKind(SurveyKind kind) {
        return surveys.values().stream().filter(survey -> survey.kind() == kind).toList();
    }

    /** What the check warned about in the shipped surveys; none is expected, and a test says so. */
    public List<CheckFinding> warnings() {
        return warnings;
    }

    private static List<String> indexedFiles(ClassLoader classLoader, String root, List<String> problems) {
        String indexName = root + "/" + INDEX;
        Optional<String> index = read(classLoader, indexName, indexName, problems);
        List<String> files = new ArrayList<>();
        List<String> lines = index.orElse("").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).replaceFirst("#.*", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!name.endsWith(SurveyDefinitionReader.EXTENSION) || name.contains("/")) {
                problems.add(indexName + ": line " + (i + 1) + ": must name a file in " + root + "/ ending in .yml, was " + name);
            } else {
                files.add(name);
            }
        }
        return files;
    }

    private static Optional<String> read(ClassLoader classLoader, String resource, String name, List<String> problems) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                problems.add(name + ": (file): not found on the classpath at " + resource);
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(in.readAllBytes()))
                .toString());
        } catch (CharacterCodingException e) {
            problems.add(name + ": (file): is not UTF-8 text");
        } catch (IOException e) {
            problems.add(name + ": (file): cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }
}
