package dk.borgerstemme.platform.catalogue;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.Optional;

/** Parses a catalogue file into plain maps, lists and strings, ready to be read with a path. */
final class YamlDocument {

    private YamlDocument() {
    }

    static Optional<YamlNode> parse(SourceFile file, Problems problems) {
        try {
            Object root = yaml().load(file.text());
            return Optional.of(YamlNode.root(file.name(), root, problems));
        } catch (MarkedYAMLException e) {
            problems.add(file.name(), where(e.getProblemMark()), e.getProblem());
        } catch (YAMLException e) {
            problems.add(file.name(), Problems.WHOLE_FILE, e.getMessage());
        }
        return Optional.empty();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1_000_000);
        DumperOptions unused = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new TextAndNullResolver());
    }

    private static String where(Mark mark) {
        return mark == null ? Problems.WHOLE_FILE : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    /**
     * Resolves only null implicitly; every other scalar stays text. YAML 1.1 would otherwise turn
     * {@code no} into false, {@code 2026-12-24} into a java.util.Date and {@code 1e3} into a number,
     * and the readers could no longer say exactly what was written.
     */
    private static final class TextAndNullResolver extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }
}
