package dk.borgerstemme.complaint.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** survey-service's answer: the single-use code, and the address to type it at if it gives one. */
@Serdeable
record SurveyCode(String code, @Nullable String link) {

    @Override
    public String toString() {
        return "SurveyCode[...]";
    }
}
