package dk.borgerstemme.survey.authoring;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What is wrong with one field of a survey as typed or sent: {@code field} names it (a form field on the
 * pages, a JSON path such as {@code questions[2].type} in the API), {@code code} is the message key under
 * {@code authoring.input.} and {@code arguments} fill its blanks.
 */
record FieldProblem(String field, String code, List<Object> arguments) {

    FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, List.of(arguments));
    }

    String messageKey() {
        return "authoring.input." + code;
    }

    /** As the API shows it, with the message in the caller's language. */
    @Serdeable
    record Shown(String field, String code, String message) {
    }
}
