package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a survey is for. A satisfaction survey feeds the measurement points of a framework; the
 * complaint-handling survey rates how one complaint was handled, is sent when the complaint closes,
 * and is the only kind that may target no framework.
 */
@Serdeable
public enum SurveyKind {
    SATISFACTION("satisfaction"),
    COMPLAINT_HANDLING("complaint-handling");

    private final String id;

    SurveyKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<SurveyKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    public boolean mayTargetNoFramework() {
        return this == COMPLAINT_HANDLING;
    }
}
