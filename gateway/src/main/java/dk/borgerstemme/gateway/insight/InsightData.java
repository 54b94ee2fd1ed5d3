package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.services.ComplaintFigures;
import dk.borgerstemme.gateway.insight.services.Fetched;
import dk.borgerstemme.gateway.insight.services.SurveyResults;
import dk.borgerstemme.gateway.insight.services.SurveyService;
import dk.borgerstemme.gateway.insight.services.SurveyWave;

import java.util.Map;
import java.util.Optional;

/**
 * Everything fetched for one view: the waves, each wave's results for the survey selection, and each
 * period's complaint figures for the complaint selection. A missing answer is kept as such.
 */
public record InsightData(
    ChosenPeriod chosen,
    SurveyService.Waves waves,
    Selection surveySelection,
    Selection complaintSelection,
    Map<Long, Fetched<SurveyResults>> results,
    Map<Period, Fetched<ComplaintFigures>> figures) {

    public Optional<Fetched<SurveyResults>> resultsOf(SurveyWave wave) {
        return Optional.ofNullable(results.get(wave.id()));
    }

    public Fetched<ComplaintFigures> currentFigures() {
        return figures.getOrDefault(chosen.complaintPeriod(), Fetched.missing(Fetched.Missing.UNAVAILABLE));
    }
}
