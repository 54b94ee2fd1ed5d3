package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.cache.ComputedOnce;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The results of a wave as one staff member may see them, with the change since the previous wave.
 *
 * <p>A wave of 250,000 respondents has millions of answers, too many to read for every request (issue 7, reports
 * at scale). So a wave's answers are read once into a compact form ({@link WaveAnswers}, a few MB) and the figures
 * of a view (a wave, a split, a scope) are kept once computed, both keyed by what they are computed from: the
 * wave's newest response (responses are only ever inserted, each with its answers), the codes it issued per unit
 * and role (counted again at most every 10 s, see {@link #issuedCodes}), and its units and roles ({@link Stamp},
 * read anew for every request, a few small queries). A new response or code gives a new key, so nothing kept is
 * ever stale; a closed wave is read once. Requests that want the same figures at once wait for one computation,
 * and waves are read one at a time (memory while reading).
 */
@Singleton
class WaveResults {

    private static final int VIEWS_KEPT = 100;
    /** A wave of 250,000 respondents keeps about 4 MB of answers, and its tables per point and leaf far less. */
    static final int WAVES_KEPT = 16;

    /** {@code comparisons} per point; empty without a previous wave. */
    record Report(ResultsReader.FieldedWave wave, Optional<Long> previousWave, Split split, List<PointResult> points,
                  Map<String, WaveComparison.PointComparison> comparisons) {
    }

    /** What a wave's figures are computed from, apart from its respondents' answers, which {@code lastResponse} stands for. */
    record Stamp(long lastResponse, List<IssuedCodes> issuedCodes, List<String> units, List<String> roles) {
    }

    /** The figures of one wave's view; {@code restrictedTo} the questions they are figured on (empty: all of the wave's). */
    private record ViewKey(String organisation, long wave, Stamp stamp, Optional<Set<String>> restrictedTo, String split, Object scope) {
    }

    private record TablesKey(String organisation, long wave, Stamp stamp, Optional<Set<String>> restrictedTo) {
    }

    private record AnswersKey(long wave, long lastResponse) {
    }

    private final ResultsReader reader;
    private final ObjectMapper json;
    private final ComputedOnce<ViewKey, List<PointResult>> views = new ComputedOnce<>(VIEWS_KEPT);
    private final ComputedOnce<TablesKey, WaveTables> tables = new ComputedOnce<>(WAVES_KEPT);
    private final ComputedOnce<AnswersKey, WaveAnswers> answers = new ComputedOnce<>(WAVES_KEPT);
    private final Semaphore reading = new Semaphore(1);

    private final Duration codesRecheck;
    private final Map<Long, CodesRead> codesRead = new ConcurrentHashMap<>();
    private final Set<Long> recounting = ConcurrentHashMap.newKeySet();
    private final Executor background;

    /** The codes a wave had issued when they were last counted. */
    private record CodesRead(long atNanos, List<IssuedCodes> codes) {
    }

    WaveResults(ResultsReader reader, ObjectMapper json, @Value("${borgerstemme.results.codes-recheck:10s}") Duration codesRecheck,
                @Named(TaskExecutors.BLOCKING) Executor background) {
        this.reader = reader;
        this.json = json;
        this.codesRecheck = codesRecheck;
        this.background = background;
    }

    Optional<ResultsReader.FieldedWave> wave(Organisation organisation, long waveId) {
        return reader.wave(waveId).filter(wave -> wave.organisation().equals(organisation.shortName()));
    }

    Report report(Organisation organisation, ResultsReader.FieldedWave wave, Split split, ResultScope scope) {
        Fielded now = fielded(wave);
        List<PointResult> current = view(organisation, now, Optional.empty(), split, scope);
        Optional<Long> previousId = reader.previousWave(wave.id());
        Optional<ResultsReader.FieldedWave> previous = previousId.flatMap(reader::wave);
        if (previous.isEmpty()) {
            return new Report(wave, previousId, split, current, Map.of());
        }
        Fielded before = fielded(previous.get());
        List<PointResult> shownBefore = view(organisation, before, Optional.empty(), split, scope);
        Map<String, WaveComparison.PointComparison> comparisons = WaveComparison.perPoint(before.definition(), now.definition());
        if (comparisons.values().stream().allMatch(WaveComparison.PointComparison::likeForLike)) {
            return new Report(wave, previousId, split, WaveComparison.withChanges(current, shownBefore, current, shownBefore), comparisons);
        }
        Set<String> common = comparisons.values().stream().flatMap(point -> point.comparedOn().stream()).collect(Collectors.toSet());
        List<PointResult> currentOnCommon = view(organisation, now, Optional.of(common), split, scope);
        List<PointResult> previousOnCommon = view(organisation, before, Optional.of(common), split, scope);
        // A like-for-like point is compared in full; the restricted figures are the same questions anyway.
        List<PointResult> points = WaveComparison.withChanges(current, shownBefore, currentOnCommon, previousOnCommon);
        return new Report(wave, previousId, split, points, comparisons);
    }

    SurveyDefinition definitionOf(ResultsReader.FieldedWave wave) {
        try {
            return ComplaintHandlingPoint.asReadForResults(json.readValue(wave.definition(), SurveyDefinition.class));
        } catch (IOException e) {
            throw new UncheckedIOException("The survey of wave " + wave.id() + " cannot be read", e);
        }
    }

    /** What the figures of the wave are computed from now: a key for anything computed from its rows. */
    Stamp stampOf(ResultsReader.FieldedWave wave) {
        long id = wave.id();
        return new Stamp(reader.lastResponse(id), issuedCodes(id), reader.units(id), reader.roles(id));
    }

    /** Computes from the wave's rows as of the stamp. */
    <T> T fromRows(ResultsReader.FieldedWave wave, Stamp stamp, Function<WaveRows, T> computation) {
        return computation.apply(rowsOf(new Fielded(wave, definitionOf(wave), stamp), Optional.empty()));
    }

    /** Reads the wave's answers as of now, unless they are kept already: what {@link WaveWarmer} does in the background. */
    void keepAnswers(ResultsReader.FieldedWave wave) {
        answersOf(fielded(wave));
    }

    /** A wave with its definition and what its figures are computed from now. */
    private record Fielded(ResultsReader.FieldedWave wave, SurveyDefinition definition, Stamp stamp) {
    }

    private Fielded fielded(ResultsReader.FieldedWave wave) {
        return new Fielded(wave, definitionOf(wave), stampOf(wave));
    }

    /**
     * Counting a wave's codes reads all of them (312,500 in a large wave, 100–200 ms), and a drill-down shows a dozen
     * waves, so a count is served while it is younger than {@code borgerstemme.results.codes-recheck} (10 s) and, once
     * older, served once more while it is counted again in the background: new codes show in response rates about
     * that much later, new responses at once. Codes are issued in batches days before they are answered. Only a
     * wave's first count is made on the request that needs it; with a recheck of 0 s every request counts anew.
     */
    private List<IssuedCodes> issuedCodes(long waveId) {
        CodesRead last = codesRead.get(waveId);
        if (last == null || codesRecheck.isZero()) {
            return countCodes(waveId);
        }
        if (System.nanoTime() - last.atNanos() >= codesRecheck.toNanos() && recounting.add(waveId)) {
            try {
                background.execute(() -> {
                    try {
                        countCodes(waveId);
                    } finally {
                        recounting.remove(waveId);
                    }
                });
            } catch (RejectedExecutionException e) {
                recounting.remove(waveId);
            }
        }
        return last.codes();
    }

    private List<IssuedCodes> countCodes(long waveId) {
        long now = System.nanoTime();
        List<IssuedCodes> codes = List.copyOf(reader.issuedCodes(waveId));
        if (codesRead.size() > VIEWS_KEPT) {
            codesRead.clear();
        }
        codesRead.put(waveId, new CodesRead(now, codes));
        return codes;
    }

    private List<PointResult> view(Organisation organisation, Fielded wave, Optional<Set<String>> restrictedTo, Split split, ResultScope scope) {
        Optional<Object> scopeKey = scope.cacheKey();
        if (scopeKey.isEmpty()) {
            return compute(organisation, wave, restrictedTo, split, scope);
        }
        ViewKey key = new ViewKey(organisation.shortName(), wave.wave().id(), wave.stamp(), restrictedTo.map(Set::copyOf), split.id(), scopeKey.get());
        return views.get(key, () -> compute(organisation, wave, restrictedTo, split, scope));
    }

    private List<PointResult> compute(Organisation organisation, Fielded wave, Optional<Set<String>> restrictedTo, Split split, ResultScope scope) {
        WaveTables waveTables = tables.get(new TablesKey(organisation.shortName(), wave.wave().id(), wave.stamp(), restrictedTo.map(Set::copyOf)),
            () -> new WaveTables(organisation, rowsOf(wave, restrictedTo)));
        return waveTables.view(split, scope);
    }

    private WaveRows rowsOf(Fielded wave, Optional<Set<String>> restrictedTo) {
        long id = wave.wave().id();
        Stamp stamp = wave.stamp();
        SurveyDefinition definition = restrictedTo.map(keys -> WaveComparison.restrictedTo(wave.definition(), keys)).orElse(wave.definition());
        return new WaveRows(definition, stamp.units(), stamp.roles(), answersOf(wave), stamp.issuedCodes());
    }

    /**
     * A wave's answers as of its stamp, read one wave at a time: reading grows its arrays as respondents come (and holds
     * the ids of responses stored without their scored answers' copy), and several waves at once (a dashboard asks for
     * two per view) would need that many times the memory, for no gain on a machine of a few cores.
     */
    private WaveAnswers answersOf(Fielded wave) {
        long id = wave.wave().id();
        long upTo = wave.stamp().lastResponse();
        return answers.get(new AnswersKey(id, upTo), () -> {
            reading.acquireUninterruptibly();
            try {
                return reader.answers(id, upTo, wave.definition());
            } finally {
                reading.release();
            }
        });
    }
}
