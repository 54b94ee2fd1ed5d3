package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.services.ComplaintFigures;
import dk.borgerstemme.gateway.insight.services.ComplaintService;
import dk.borgerstemme.gateway.insight.services.Fetched;
import dk.borgerstemme.gateway.insight.services.SurveyResults;
import dk.borgerstemme.gateway.insight.services.SurveyService;
import dk.borgerstemme.gateway.insight.services.SurveyWave;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Fetches what a view needs from both services, all calls of a step at once. */
@Singleton
public class InsightDataLoader {

    private final SurveyService surveys;
    private final ComplaintService complaints;
    private final Clock clock;

    InsightDataLoader(SurveyService surveys, ComplaintService complaints, Clock clock) {
        this.surveys = surveys;
        this.complaints = complaints;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public SurveyService.Waves waves(String org, String token) {
        return surveys.waves(org, token).join();
    }

    /** Empty when the chosen period names neither a period nor a wave. */
    public Optional<InsightData> load(String org, Filters filters, SurveyService.Waves waves, String lang, String token) {
        Optional<ChosenPeriod> chosen = ChosenPeriod.resolve(filters.period(), waves, today());
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(load(org, chosen.get(), Selection.survey(filters), Selection.complaints(filters), waves, chosen.get().waveSeries(),
            chosen.get().complaintPeriods(), lang, token));
    }

    public InsightData load(String org, ChosenPeriod chosen, Selection survey, Selection complaint, SurveyService.Waves waves,
                            List<SurveyWave> surveyWaves, List<Period> complaintPeriods, String lang, String token) {
        Map<Long, CompletableFuture<Fetched<SurveyResults>>> results = new LinkedHashMap<>();
        for (SurveyWave wave : surveyWaves) {
            results.put(wave.id(), surveys.results(org, wave.id(), survey.by(), survey.unit(), lang, token));
        }
        Map<Period, CompletableFuture<Fetched<ComplaintFigures>>> figures = new LinkedHashMap<>();
        for (Period period : complaintPeriods) {
            figures.put(period, complaints.figures(org, period.id(), complaint.by(), complaint.unit(), lang, token));
        }
        Map<Long, Fetched<SurveyResults>> resultsDone = new LinkedHashMap<>();
        results.forEach((wave, call) -> resultsDone.put(wave, call.join()));
        Map<Period, Fetched<ComplaintFigures>> figuresDone = new LinkedHashMap<>();
        figures.forEach((period, call) -> figuresDone.put(period, call.join()));
        return new InsightData(chosen, waves, survey, complaint, resultsDone, figuresDone);
    }

    public CompletableFuture<Fetched<SurveyResults>> results(String org, long wave, String by, String unit, String lang, String token) {
        return surveys.results(org, wave, by, unit, lang, token);
    }

    public CompletableFuture<Fetched<ComplaintFigures>> figures(String org, Period period, String by, String unit, String lang, String token) {
        return complaints.figures(org, period.id(), by, unit, lang, token);
    }
}
