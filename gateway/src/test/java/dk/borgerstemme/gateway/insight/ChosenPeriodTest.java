package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.services.Fetched;
import dk.borgerstemme.gateway.insight.services.SurveyService;
import dk.borgerstemme.gateway.insight.services.SurveyWave;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The waves of a period are found by the day they opened, not by their ids or the order they were made in. */
class ChosenPeriodTest {

    private static final SurveyWave AUTUMN_2025 = wave(7, "Efterår 2025", "2025-09-01");
    private static final SurveyWave SPRING_2026 = wave(3, "Forår 2026", "2026-03-02");
    private static final SurveyWave WINTER_2026 = wave(9, "Vinter 2026", "2026-01-12");
    private static final SurveyWave AUTUMN_2026 = wave(4, "Efterår 2026", "2026-09-07");
    private static final SurveyService.Waves WAVES = new SurveyService.Waves(
        List.of(AUTUMN_2025, WINTER_2026, SPRING_2026, AUTUMN_2026), Fetched.Missing.NONE);

    @Test
    void aHalfYearCountsTheLatestWaveThatOpenedInIt() {
        ChosenPeriod chosen = ChosenPeriod.resolve("2026H1", WAVES, LocalDate.parse("2026-11-29")).orElseThrow();

        assertThat(chosen.currentWave()).isEqualTo(SPRING_2026);
        assertThat(chosen.waveSeries()).containsExactly(AUTUMN_2025, WINTER_2026, SPRING_2026);
        assertThat(chosen.complaintPeriod().id()).isEqualTo("2026H1");
    }

    @Test
    void aQuarterCountsOnlyTheWavesThatOpenedInTheQuarter() {
        assertThat(ChosenPeriod.resolve("2026Q1", WAVES, LocalDate.parse("2026-11-29")).orElseThrow().currentWave()).isEqualTo(SPRING_2026);
        assertThat(ChosenPeriod.resolve("2026Q2", WAVES, LocalDate.parse("2026-11-29")).orElseThrow().currentWave()).isNull();
    }

    @Test
    void withoutAChoiceTheCurrentHalfYearIsShownWithItsWave() {
        ChosenPeriod chosen = ChosenPeriod.resolve(null, WAVES, LocalDate.parse("2026-11-29")).orElseThrow();

        assertThat(chosen.id()).isEqualTo("2026H2");
        assertThat(chosen.currentWave()).isEqualTo(AUTUMN_2026);
    }

    @Test
    void aChosenWaveComparesWithTheComplaintsOfTheHalfYearItOpenedIn() {
        ChosenPeriod chosen = ChosenPeriod.resolve("wave-9", WAVES, LocalDate.parse("2026-11-29")).orElseThrow();

        assertThat(chosen.currentWave()).isEqualTo(WINTER_2026);
        assertThat(chosen.complaintPeriod().id()).isEqualTo("2026H1");
        assertThat(ChosenPeriod.resolve("wave-99", WAVES, LocalDate.parse("2026-11-29"))).isEmpty();
    }

    @Test
    void theStandingKlagebehandlingWaveIsNeverThePeriodsWaveNorOneOfTheWavesOverTime() {
        // The standing wave opens on the half-year's first day, here the same day as a satisfaction wave made before it.
        SurveyWave newYear = wave(11, "Nytår 2027", "2027-01-01");
        SurveyWave standing2027 = new SurveyWave(12, "Klagebehandling 1. halvår 2027", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-09-30"),
            "complaint-handling");
        SurveyWave standing2026 = new SurveyWave(10, "Klagebehandling 2. halvår 2026", LocalDate.parse("2026-07-01"), LocalDate.parse("2027-03-31"),
            "complaint-handling");
        SurveyService.Waves listed = SurveyService.Waves.listed(List.of(standing2027, AUTUMN_2026, newYear, standing2026, SPRING_2026));

        assertThat(listed.all()).containsExactly(SPRING_2026, AUTUMN_2026, newYear);
        assertThat(ChosenPeriod.resolve("2027H1", listed, LocalDate.parse("2027-02-01")).orElseThrow().currentWave()).isEqualTo(newYear);
        assertThat(ChosenPeriod.resolve("2026H2", listed, LocalDate.parse("2027-02-01")).orElseThrow().waveSeries())
            .containsExactly(SPRING_2026, AUTUMN_2026);
        assertThat(ChosenPeriod.resolve("wave-12", listed, LocalDate.parse("2027-02-01"))).isEmpty();
    }

    @Test
    void aWaveFromASurveyServiceThatDoesNotNameTheKindStillCounts() {
        SurveyWave unnamed = new SurveyWave(5, "Forår 2026", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-04-30"), null);

        assertThat(SurveyService.Waves.listed(List.of(unnamed)).all()).containsExactly(unnamed);
    }

    private static SurveyWave wave(long id, String name, String opensOn) {
        LocalDate opens = LocalDate.parse(opensOn);
        return new SurveyWave(id, name, opens, opens.plusWeeks(6), SurveyWave.SATISFACTION);
    }
}
