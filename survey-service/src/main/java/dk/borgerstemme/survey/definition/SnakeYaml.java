package dk.borgerstemme.survey.definition;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses YAML text with SnakeYAML's SafeConstructor (plain maps, lists and scalars; never Java
 * objects) and strict limits, so a survey file can neither build objects nor exhaust memory.
 */
final class SnakeYaml {

    private SnakeYaml() {
    }

    /** The parsed document: maps, lists, strings, numbers, booleans or null. */
    static Object load(String text) throws SyntaxProblem {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1_000_000);
        try {
            return new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw SyntaxProblem.from(e);
        }
    }

    /** A document that is not valid YAML, with where SnakeYAML found the problem when it knows. */
    static final class SyntaxProblem extends Exception {

        private final String where;

        private SyntaxProblem(String where, String problem) {
            super(problem);
            this.where = where;
        }

        String where() {
            return where;
        }

        static SyntaxProblem from(YAMLException cause) {
            if (cause instanceof MarkedYAMLException marked) {
                Mark mark = marked.getProblemMark();
                String where = mark == null ? null : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
                String problem = marked.getProblem() == null ? String.valueOf(marked.getMessage()) : marked.getProblem();
                return new SyntaxProblem(where, problem.strip());
            }
            return new SyntaxProblem(null, String.valueOf(cause.getMessage()).strip());
        }
    }
}
