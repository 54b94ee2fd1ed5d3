package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.services.SurveyService;
import dk.borgerstemme.gateway.insight.services.SurveyWave;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The period the figures are for, and what it means for each source: the survey wave whose figures
 * count (the latest wave that opened in the period, or the chosen wave), the waves shown over time, and
 * the complaint periods shown over time (the chosen period last).
 */
public record ChosenPeriod(String id, @Nullable Period period, @Nullable SurveyWave wave, @Nullable SurveyWave currentWave,
                           List<SurveyWave> waveSeries, List<Period> complaintPeriods) {

    static final int WAVES_OVER_TIME = 6;
    static final int PERIODS_OVER_TIME = 4;

    public Period complaintPeriod() {
        return complaintPeriods.get(complaintPeriods.size() - 1);
    }

    /** Empty when the text names neither a period nor a wave of the organisation. */
    public static Optional<ChosenPeriod> resolve(@Nullable String chosen, SurveyService.Waves waves, LocalDate today) {
        List<SurveyWave> all = waves.all();
        if (chosen == null) {
            chosen = Period.halfYearOf(today).id();
        }
        if (chosen.startsWith(Filters.WAVE_PREFIX)) {
            String id = chosen.substring(Filters.WAVE_PREFIX.length());
            Optional<SurveyWave> wave = all.stream().filter(candidate -> String.valueOf(candidate.id()).equals(id)).findFirst();
            if (wave.isEmpty()) {
                return Optional.empty();
            }
            int index = all.indexOf(wave.get());
            List<SurveyWave> series = all.subList(Math.max(0, index + 1 - WAVES_OVER_TIME), index + 1);
            Period complaints = Period.halfYearOf(wave.get().opensOn());
            return Optional.of(new ChosenPeriod(chosen, null, wave.get(), wave.get(), List.copyOf(series), complaints.lastOf(PERIODS_OVER_TIME)));
        }
        Optional<Period> period = Period.parse(chosen);
        if (period.isEmpty()) {
            return Optional.empty();
        }
        Period p = period.get();
        List<SurveyWave> upToEnd = new ArrayList<>(all.stream().filter(wave -> !wave.opensOn().isAfter(p.end())).toList());
        SurveyWave current = upToEnd.stream().filter(wave -> p.contains(wave.opensOn())).reduce((first, second) -> second).orElse(null);
        List<SurveyWave> series = upToEnd.subList(Math.max(0, upToEnd.size() - WAVES_OVER_TIME), upToEnd.size());
        return Optional.of(new ChosenPeriod(chosen, p, null, current, List.copyOf(series), p.lastOf(PERIODS_OVER_TIME)));
    }
}
