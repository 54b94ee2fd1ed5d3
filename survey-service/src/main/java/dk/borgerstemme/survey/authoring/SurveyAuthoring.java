package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.survey.definition.CheckReport;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.SurveyChanges;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.definition.SurveyDefinitionCheck;
import dk.borgerstemme.survey.wave.SurveyRow;
import dk.borgerstemme.survey.wave.SurveyVersionRow;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Creating, editing and publishing an organisation's surveys. A survey has at most one draft, numbered as
 * the version it will become. A published version is never changed: editing a published survey starts a
 * new draft from its latest version, so every question keeps its key (its identity across versions), and
 * publishing that draft makes the next version beside the old one and its answers. Every change names the
 * survey's lock it was based on; a stale lock is refused ({@link AuthoringProblem.Kind#STALE}).
 */
@Singleton
class SurveyAuthoring {

    private final AuthoringRepositories.Surveys surveys;
    private final AuthoringRepositories.Versions versions;
    private final Catalogue catalogue;
    private final DefaultSurveys defaults;
    private final ObjectMapper json;
    private final Clock clock;

    SurveyAuthoring(AuthoringRepositories.Surveys surveys, AuthoringRepositories.Versions versions, Catalogue catalogue,
                    DefaultSurveys defaults, ObjectMapper json, Clock clock) {
        this.defaults = defaults;
        this.surveys = surveys;
        this.versions = versions;
        this.catalogue = catalogue;
        this.json = json;
        this.clock = clock;
    }

    List<AuthoredSurvey> surveys(String organisation) {
        return surveys.findByOrganisationOrderBySlug(organisation).stream().map(this::read).toList();
    }

    Optional<AuthoredSurvey> find(String organisation, String id) {
        return surveys.findByOrganisationAndSlug(organisation, id).map(this::read);
    }

    AuthoredSurvey require(String organisation, String id) {
        return find(organisation, id).orElseThrow(() -> new AuthoringProblem(AuthoringProblem.Kind.NOT_FOUND));
    }

    /** Checks a definition against the catalogue's frameworks: errors refuse publication, warnings inform. */
    CheckReport check(SurveyDefinition definition) {
        return SurveyDefinitionCheck.against(catalogue).check(definition);
    }

    /** The shipped surveys an organisation may start from: those for its framework, and those that need none. */
    List<SurveyDefinition> offeredDefaults(Organisation organisation) {
        return defaults.all().stream()
            .filter(survey -> survey.framework() == null || survey.framework().equals(organisation.framework().id()))
            .toList();
    }

    /** A published version of one of the organisation's surveys, to copy into a new survey. */
    Optional<SurveyDefinition> publishedVersion(String organisation, String id, int number) {
        return find(organisation, id).flatMap(survey -> survey.version(number)).filter(version -> !version.isDraft())
            .map(StoredVersion::definition);
    }

    /** A new survey whose first draft is {@code definition}, under the definition's id. */
    @Transactional
    AuthoredSurvey create(String organisation, SurveyDefinition definition) {
        if (surveys.findByOrganisationAndSlug(organisation, definition.id()).isPresent()) {
            throw new AuthoringProblem(AuthoringProblem.Kind.ID_TAKEN);
        }
        SurveyRow survey = surveys.save(new SurveyRow(null, organisation, definition.id(), today(), null));
        versions.save(new SurveyVersionRow(null, survey.id(), 1, toJson(definition), null));
        return require(organisation, definition.id());
    }

    /** A new draft of a published survey, a copy of its latest version with every question's key kept. */
    @Transactional
    AuthoredSurvey startDraft(String organisation, String id, long lock) {
        AuthoredSurvey survey = require(organisation, id);
        if (survey.draft().isPresent()) {
            throw new AuthoringProblem(AuthoringProblem.Kind.DRAFT_EXISTS);
        }
        claim(survey, lock);
        StoredVersion latest = survey.latestPublished().orElseThrow();
        versions.save(new SurveyVersionRow(null, survey.id(), latest.number() + 1, toJson(latest.definition()), null));
        return require(organisation, id);
    }

    /** Replaces the draft's definition; the survey's id cannot change, so the definition takes it. */
    @Transactional
    AuthoredSurvey replaceDraft(String organisation, String id, long lock, SurveyDefinition definition) {
        AuthoredSurvey survey = require(organisation, id);
        StoredVersion draft = survey.draft().orElseThrow(() -> new AuthoringProblem(AuthoringProblem.Kind.NO_DRAFT));
        claim(survey, lock);
        SurveyDefinition withId = withId(definition, survey.slug());
        versions.update(new SurveyVersionRow(draft.id(), survey.id(), draft.number(), toJson(withId), null));
        return require(organisation, id);
    }

    /** Throws the draft away; the published versions stay as they are. A survey never published goes with it. */
    @Transactional
    Optional<AuthoredSurvey> discardDraft(String organisation, String id, long lock) {
        AuthoredSurvey survey = require(organisation, id);
        StoredVersion draft = survey.draft().orElseThrow(() -> new AuthoringProblem(AuthoringProblem.Kind.NO_DRAFT));
        claim(survey, lock);
        versions.deleteById(draft.id());
        if (survey.published().isEmpty()) {
            surveys.deleteById(survey.id());
            return Optional.empty();
        }
        return Optional.of(require(organisation, id));
    }

    /**
     * Publishes the draft as its version. Refused while the check finds errors, and when nothing changed
     * since the latest published version (a new version would only split the results).
     */
    @Transactional
    Published publish(String organisation, String id, long lock) {
        AuthoredSurvey survey = require(organisation, id);
        StoredVersion draft = survey.draft().orElseThrow(() -> new AuthoringProblem(AuthoringProblem.Kind.NO_DRAFT));
        CheckReport report = check(draft.definition());
        if (!report.isPublishable()) {
            throw new AuthoringProblem(AuthoringProblem.Kind.REFUSED, report, draft.definition());
        }
        Optional<StoredVersion> previous = survey.latestPublished();
        if (previous.isPresent() && previous.get().definition().equals(draft.definition())) {
            throw new AuthoringProblem(AuthoringProblem.Kind.UNCHANGED);
        }
        claim(survey, lock);
        versions.update(new SurveyVersionRow(draft.id(), survey.id(), draft.number(), toJson(draft.definition()), today()));
        AuthoredSurvey after = require(organisation, id);
        return new Published(after, after.version(draft.number()).orElseThrow(),
            previous.map(before -> SurveyChanges.between(before.definition(), draft.definition())).orElse(null), report);
    }

    /** What publishing led to: the new version, what changed since the one before (none for a first version) and the warnings. */
    record Published(AuthoredSurvey survey, StoredVersion version, SurveyChanges changes, CheckReport report) {
    }

    /** Takes the survey's lock: fails as stale when {@code lock} is not the survey's current one. */
    private void claim(AuthoredSurvey survey, long lock) {
        if (survey.lock() != lock) {
            throw new AuthoringProblem(AuthoringProblem.Kind.STALE);
        }
        SurveyRow row = surveys.findById(survey.id()).orElseThrow(() -> new AuthoringProblem(AuthoringProblem.Kind.NOT_FOUND));
        try {
            surveys.update(new SurveyRow(row.id(), row.organisation(), row.slug(), row.createdOn(), lock));
        } catch (OptimisticLockException stale) {
            throw new AuthoringProblem(AuthoringProblem.Kind.STALE);
        }
    }

    private AuthoredSurvey read(SurveyRow row) {
        List<StoredVersion> stored = versions.findBySurveyIdOrderByNumber(row.id()).stream()
            .map(version -> new StoredVersion(version.id(), version.number(), fromJson(version.definition()), version.publishedOn()))
            .toList();
        return new AuthoredSurvey(row.id(), row.organisation(), row.slug(), row.version(), stored);
    }

    static SurveyDefinition withId(SurveyDefinition definition, String id) {
        return new SurveyDefinition(id, definition.kind(), definition.title(), definition.intro(), definition.minutes(),
            definition.framework(), definition.respondentRoles(), definition.allowsThreeStepScales(), definition.questions());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String toJson(SurveyDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SurveyDefinition fromJson(String stored) {
        try {
            return json.readValue(stored, SurveyDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored survey version cannot be read", e);
        }
    }
}
