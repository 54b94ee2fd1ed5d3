package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.platform.cache.ComputedOnce;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The cases of a period as figures reports read them, kept once read, by organisation, scope and period and the
 * state of the cases ({@link FiguresReader.Stamp}, so never stale). The portal asks for the same half-year split by
 * organisation, area and unit and in two languages, and each such report needs the same tens of thousands of cases
 * (issue 7, reports at scale). {@link #warm} reads the whole organisation's recent half-years in the background, so
 * the first dashboard after a restart or a large import does not wait for the database; a half-year is read again
 * only when a case changed.
 */
@Singleton
class KeptCases {

    private static final Logger LOG = LoggerFactory.getLogger(KeptCases.class);
    /** The half-years a dashboard shows: the current one and the three before it. */
    static final int HALF_YEARS_WARMED = 4;
    private static final int READS_KEPT = 16;

    /** {@code units} empty: the whole organisation, cases about no unit included. */
    private record Key(String organisation, Optional<List<String>> units, String period, FiguresReader.Stamp stamp) {
    }

    private final FiguresReader reader;
    private final Catalogue catalogue;
    private final Clock clock;
    private final ComputedOnce<Key, List<FigureCase>> kept = new ComputedOnce<>(READS_KEPT);

    KeptCases(FiguresReader reader, Catalogue catalogue, Clock clock) {
        this.reader = reader;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** See {@link FiguresReader#cases}; {@code units} null for the whole organisation. */
    List<FigureCase> cases(String organisation, @Nullable List<String> units, FiguresPeriod period, FiguresReader.Stamp stamp) {
        Optional<List<String>> scope = Optional.ofNullable(units).map(List::copyOf);
        return kept.get(new Key(organisation, scope, period.id(), stamp), () -> reader.cases(organisation, units, period));
    }

    @Scheduled(fixedDelay = "${borgerstemme.figures.warm-every:1m}", initialDelay = "${borgerstemme.figures.warm-initial-delay:10s}")
    void warm() {
        try {
            FiguresReader.Stamp stamp = reader.stamp();
            LocalDate today = LocalDate.now(clock);
            FiguresPeriod current = FiguresPeriod.starting(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 6);
            for (Organisation organisation : catalogue.organisations()) {
                FiguresPeriod period = current;
                for (int i = 0; i < HALF_YEARS_WARMED; i++) {
                    cases(organisation.shortName(), null, period, stamp);
                    period = period.previous();
                }
            }
        } catch (RuntimeException e) {
            // The next round tries again; a request reads what it needs itself meanwhile.
            LOG.warn("Reading recent half-years' cases in the background failed", e);
        }
    }
}
