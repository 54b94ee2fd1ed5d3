package dk.borgerstemme.survey.definition;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Parses YAML text with SnakeYAML's SafeConstructor (plain maps, lists and scalars; no Java objects)
 * and strict LoaderOptions. This module's pom has SnakeYAML on the runtime classpath only (it is named
 * there for reading application.yml), so it is called by reflection here; with SnakeYAML as a compile
 * dependency these calls become plain calls and nothing else changes.
 */
final class SnakeYaml {

    private SnakeYaml() {
    }

    /** The parsed document: maps, lists, strings, numbers, booleans or null. */
    static Object load(String text) throws SyntaxProblem {
        try {
            Class<?> optionsType = Class.forName("org.yaml.snakeyaml.LoaderOptions");
            Object options = optionsType.getConstructor().newInstance();
            optionsType.getMethod("setAllowDuplicateKeys", boolean.class).invoke(options, false);
            optionsType.getMethod("setAllowRecursiveKeys", boolean.class).invoke(options, false);
            optionsType.getMethod("setMaxAliasesForCollections", int.class).invoke(options, 20);
            optionsType.getMethod("setNestingDepthLimit", int.class).invoke(options, 20);
            optionsType.getMethod("setCodePointLimit", int.class).invoke(options, 1_000_000);
            Object constructor = Class.forName("org.yaml.snakeyaml.constructor.SafeConstructor")
                .getConstructor(optionsType).newInstance(options);
            Class<?> yamlType = Class.forName("org.yaml.snakeyaml.Yaml");
            Object yaml = yamlType.getConstructor(Class.forName("org.yaml.snakeyaml.constructor.BaseConstructor")).newInstance(constructor);
            return yamlType.getMethod("load", String.class).invoke(yaml, text);
        } catch (InvocationTargetException e) {
            throw SyntaxProblem.from(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SnakeYAML 2 is needed on the classpath to read surveys", e);
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

        static SyntaxProblem from(Throwable cause) {
            if (cause instanceof RuntimeException && !isYamlException(cause)) {
                throw (RuntimeException) cause;
            }
            Optional<String> problem = call(cause, "getProblem").map(String::valueOf);
            Optional<String> where = call(cause, "getProblemMark").flatMap(mark -> {
                Optional<Object> line = call(mark, "getLine");
                Optional<Object> column = call(mark, "getColumn");
                return line.isPresent() && column.isPresent()
                    ? Optional.of("line " + ((int) line.get() + 1) + ", column " + ((int) column.get() + 1))
                    : Optional.empty();
            });
            return new SyntaxProblem(where.orElse(null), problem.orElse(String.valueOf(cause.getMessage())).strip());
        }

        private static boolean isYamlException(Throwable cause) {
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getName().equals("org.yaml.snakeyaml.error.YAMLException")) {
                    return true;
                }
            }
            return false;
        }

        private static Optional<Object> call(Object target, String methodName) {
            try {
                Method method = target.getClass().getMethod(methodName);
                return Optional.ofNullable(method.invoke(target));
            } catch (ReflectiveOperationException e) {
                return Optional.empty();
            }
        }
    }
}
