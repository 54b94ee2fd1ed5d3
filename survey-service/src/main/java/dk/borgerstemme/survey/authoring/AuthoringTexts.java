package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.survey.definition.CheckFinding;
import dk.borgerstemme.survey.definition.CheckReport;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import io.micronaut.context.MessageSource;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The authoring messages in the reader's language: the survey check's findings (one text per stable code,
 * opened by the question they are about) and what is wrong with a typed field.
 */
@Singleton
class AuthoringTexts {

    private final MessageSource messages;

    AuthoringTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** A finding of the check as the editor and the API show it. {@code number} is the question's position, 0 for the survey. */
    @Serdeable
    record Finding(String code, String question, int number, String message, String detail) {
    }

    @Serdeable
    record Findings(boolean publishable, List<Finding> errors, List<Finding> warnings) {
    }

    Findings findings(CheckReport report, SurveyDefinition survey, Locale locale) {
        return new Findings(report.isPublishable(), shown(report.errors(), survey, locale), shown(report.warnings(), survey, locale));
    }

    String problem(FieldProblem problem, Locale locale) {
        return text(problem.messageKey(), locale, problem.arguments().toArray());
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, locale, arguments).orElse(key);
    }

    private List<Finding> shown(List<CheckFinding> findings, SurveyDefinition survey, Locale locale) {
        return findings.stream().map(finding -> {
            int number = finding.questionKey() == null ? 0 : IntStream.range(0, survey.questions().size())
                .filter(i -> finding.questionKey().equals(survey.questions().get(i).key()))
                .findFirst().orElse(-1) + 1;
            String what = text("authoring.check." + finding.code(), locale);
            String message = number == 0 ? what : text("authoring.check.aboutQuestion", locale, number, what);
            return new Finding(finding.code(), finding.questionKey(), number, message, finding.message());
        }).toList();
    }
}
