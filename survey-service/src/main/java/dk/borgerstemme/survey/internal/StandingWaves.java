package dk.borgerstemme.survey.internal;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.Unit;
import dk.borgerstemme.survey.definition.DefaultSurveys;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.definition.SurveyKind;
import dk.borgerstemme.survey.wave.SurveyRepositories;
import dk.borgerstemme.survey.wave.SurveyRow;
import dk.borgerstemme.survey.wave.SurveyVersionRow;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import dk.borgerstemme.survey.wave.WaveScope;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The organisation's "Klagebehandling" survey fielded in a standing wave per calendar half-year, in every
 * unit, for the survey's respondent roles, so its results are read half-year by half-year. The survey is
 * the organisation's own published version when it has one, otherwise the shipped default, stored as
 * version 1 the first time. Two requests making the same wave at once end with one wave: the database's
 * keys decide, and the loser reads what the winner made.
 */
@Singleton
class StandingWaves {

    private final DefaultSurveys defaults;
    private final SurveyRepositories.Surveys surveys;
    private final SurveyRepositories.Versions versions;
    private final WaveRepository waves;
    private final WaveScope scope;
    private final StandingWaveRepository standing;
    private final TransactionOperations<Connection> transactions;
    private final ObjectMapper json;

    StandingWaves(DefaultSurveys defaults, SurveyRepositories.Surveys surveys, SurveyRepositories.Versions versions, WaveRepository waves,
                  WaveScope scope, StandingWaveRepository standing, TransactionOperations<Connection> transactions, ObjectMapper json) {
        this.defaults = defaults;
        this.surveys = surveys;
        this.versions = versions;
        this.waves = waves;
        this.scope = scope;
        this.standing = standing;
        this.transactions = transactions;
        this.json = json;
    }

    /** The shipped complaint-handling survey: what the standing wave fields unless the organisation publishes its own version. */
    SurveyDefinition complaintHandlingSurvey() {
        return defaults.ofKind(SurveyKind.COMPLAINT_HANDLING).stream().findFirst()
            .orElseThrow(() -> new IllegalStateException("No complaint-handling survey is shipped"));
    }

    Wave complaintHandlingWave(Organisation organisation, LocalDate day) {
        SurveyDefinition survey = complaintHandlingSurvey();
        HalfYear period = HalfYear.of(day);
        Optional<Wave> existing = find(organisation, survey, period);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return transactions.executeWrite(status -> create(organisation, survey, period, day));
        } catch (DataAccessException madeByAnotherRequest) {
            return find(organisation, survey, period).orElseThrow(() -> madeByAnotherRequest);
        }
    }

    /** The standing complaint-handling wave of a half-year, if a code has been asked for in it. */
    Optional<Wave> complaintHandlingWaveOf(Organisation organisation, HalfYear period) {
        return find(organisation, complaintHandlingSurvey(), period);
    }

    private Optional<Wave> find(Organisation organisation, SurveyDefinition survey, HalfYear period) {
        return standing.waveOf(organisation.shortName(), survey.id(), period.id()).flatMap(waves::findById);
    }

    private Wave create(Organisation organisation, SurveyDefinition survey, HalfYear period, LocalDate today) {
        SurveyVersionRow version = publishedVersion(organisation, survey, today);
        Wave wave = waves.save(new Wave(null, organisation.shortName(), version.id(), survey.title().da().split(":")[0] + " " + period.danishName(),
            period.firstDay(), period.lastDayToAnswer(), null));
        for (Unit unit : organisation.units()) {
            scope.addUnit(wave.id(), unit.id());
        }
        survey.respondentRoles().stream().filter(role -> organisation.respondentRole(role).isPresent()).sorted()
            .forEach(role -> scope.addRole(wave.id(), role));
        standing.add(organisation.shortName(), survey.id(), period.id(), wave.id());
        return wave;
    }

    private SurveyVersionRow publishedVersion(Organisation organisation, SurveyDefinition survey, LocalDate today) {
        SurveyRow row = surveys.findByOrganisationAndSlug(organisation.shortName(), survey.id())
            .orElseGet(() -> surveys.save(new SurveyRow(null, organisation.shortName(), survey.id(), today, null)));
        return versions.latestPublished(row.id())
            .orElseGet(() -> versions.save(new SurveyVersionRow(null, row.id(), versions.highestNumber(row.id()) + 1, toJson(survey), today)));
    }

    private String toJson(SurveyDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
