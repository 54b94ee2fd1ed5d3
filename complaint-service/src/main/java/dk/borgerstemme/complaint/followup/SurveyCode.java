package dk.borgerstemme.complaint.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** survey-service's answer: the single-use code, the address to type it at and the link that fills it in. */
@Serdeable
record SurveyCode(String code, @Nullable String surveyAddress, @Nullable String link) {

    @Override
    public String toString() {
        return "SurveyCode[...]";
    }
}
