package dk.borgerstemme.survey.results;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Reads the answers of the waves the portal shows in the background, so the first look at a dashboard after a
 * wave closes, after a restart or after a large import is figured from kept answers, not held up by the database:
 * a wave of 250,000 respondents takes seconds to read, and a dashboard shows several waves (issue 7, reports at
 * scale). The newest waves of the last two years, of every organisation, as many as are kept; a wave whose answers
 * are kept as of its newest response is not read again, so a closed wave is read once.
 */
@Singleton
class WaveWarmer {

    private static final Logger LOG = LoggerFactory.getLogger(WaveWarmer.class);
    static final int WAVES_WARMED = WaveResults.WAVES_KEPT / 2;

    private final ResultsReader reader;
    private final WaveResults results;
    private final Clock clock;

    WaveWarmer(ResultsReader reader, WaveResults results, Clock clock) {
        this.reader = reader;
        this.results = results;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${borgerstemme.results.warm-every:1m}", initialDelay = "${borgerstemme.results.warm-initial-delay:10s}")
    void warm() {
        try {
            reader.wavesOpenedSince(LocalDate.now(clock).minusYears(2), WAVES_WARMED).forEach(results::keepAnswers);
        } catch (RuntimeException e) {
            // The next round tries again; a request reads what it needs itself meanwhile.
            LOG.warn("Reading recent waves' answers in the background failed", e);
        }
    }
}
