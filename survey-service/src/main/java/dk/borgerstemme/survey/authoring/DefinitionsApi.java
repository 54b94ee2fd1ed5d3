package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.survey.definition.SurveyChanges;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The records the definitions API sends and takes. */
final class DefinitionsApi {

    private DefinitionsApi() {
    }

    @Serdeable
    @Schema(name = "SurveySummary", description = "A survey with its versions; version is the lock that a change must name")
    record SurveyResponse(String id, String kind, String title, String status, long version, List<VersionSummary> versions) {

        static SurveyResponse of(AuthoredSurvey survey, java.util.Locale locale) {
            var current = survey.current().definition();
            String status = survey.published().isEmpty() ? "draft" : survey.draft().isPresent() ? "published-with-draft" : "published";
            return new SurveyResponse(survey.slug(), current.kind() == null ? null : current.kind().id(),
                current.title() == null ? survey.slug() : current.title().in(locale), status, survey.lock(),
                survey.versions().stream().map(VersionSummary::of).toList());
        }
    }

    @Serdeable
    @Schema(name = "VersionSummary", description = "status is draft or published")
    record VersionSummary(int number, String status, @Nullable LocalDate publishedOn) {

        static VersionSummary of(StoredVersion version) {
            return new VersionSummary(version.number(), version.status(), version.publishedOn());
        }
    }

    @Serdeable
    @Schema(name = "SurveyVersion", description = "One version of a survey; version is the survey's lock, number the version number")
    record VersionResponse(String survey, int number, String status, @Nullable LocalDate publishedOn, long version,
                           SurveyDocument definition, @Nullable AuthoringTexts.Findings check) {
    }

    @Serdeable
    @Schema(name = "CreateSurvey", description = "Exactly one of definition (from scratch), fromDefault (a shipped survey's id) "
        + "or fromSurvey with fromVersion (a published version of one of the organisation's surveys). id is the new survey's id; "
        + "for a shipped survey it defaults to that survey's id")
    record CreateRequest(@Nullable String id, @Nullable SurveyDocument definition, @Nullable String fromDefault,
                         @Nullable String fromSurvey, @Nullable Integer fromVersion) {
    }

    @Serdeable
    @Schema(name = "DraftChange", description = "version: the survey's version (lock) the change is based on")
    record DraftRequest(@Nullable Long version, @Nullable SurveyDocument definition) {
    }

    @Serdeable
    @Schema(name = "Publication")
    record PublishResponse(String survey, int number, LocalDate publishedOn, long version, @Nullable SurveyChanges changes,
                           AuthoringTexts.Findings check) {
    }
}
