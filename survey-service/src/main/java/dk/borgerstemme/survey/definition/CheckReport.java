package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The result of {@link SurveyDefinitionCheck}: errors refuse publication (the survey could not be made
 * accessible); warnings say what makes it hard to answer and are shown to the author, who may go on.
 */
@Serdeable
public record CheckReport(List<CheckFinding> errors, List<CheckFinding> warnings) {

    public CheckReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean isPublishable() {
        return errors.isEmpty();
    }

    public List<String> errorCodes() {
        return errors.stream().map(CheckFinding::code).toList();
    }

    public List<String> warningCodes() {
        return warnings.stream().map(CheckFinding::code).toList();
    }
}
