package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.complaint.calendar.WorkingDayCalendar;
import dk.borgerstemme.complaint.casefile.AnkestyrelsenDecision;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.casefile.Outcome;
import dk.borgerstemme.complaint.casefile.ReconsiderationResult;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.platform.catalogue.Organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static dk.borgerstemme.complaint.figures.FigureStatistics.round6;

/**
 * The figures of one group (a unit, an area, the organisation or the total) as the portal's contract
 * names them. Plain Java: the cases come in, the JSON-shaped map goes out.
 */
final class GroupFigures {

    static final List<String> FIGURES = List.of("cases", "counts", "breakdown", "complaintsPer100Citizens", "previous", "change",
        "acknowledgedWithinDeadline", "answeredWithinDeadline", "workingDaysToAnswer", "outcomes", "reconsiderations",
        "followUp", "topRootCauses", "praise", "reopened", "handlingRating");

    /** Everything that is the same for every group of one report. */
    record Context(Organisation organisation, FiguresPeriod period, LocalDate asOf, int daysCounted,
                   LocalDate previousUpTo, WorkingDayCalendar calendar, Locale locale, ResourceBundle texts) {
    }

    private final Context context;

    GroupFigures(Context context) {
        this.context = context;
    }

    Map<String, Object> suppressed(String group, String name, int citizensServed) {
        Map<String, Object> figures = head(group, name, true, citizensServed);
        FIGURES.forEach(figure -> figures.put(figure, null));
        return figures;
    }

    Map<String, Object> shown(String group, String name, int citizensServed, List<FigureCase> cases, boolean previousSuppressed) {
        FiguresPeriod period = context.period();
        List<FigureCase> current = filter(cases, c -> !c.receivedOn().isBefore(period.start()) && !c.receivedOn().isAfter(context.asOf()));
        List<FigureCase> previous = filter(cases, c -> !c.receivedOn().isBefore(period.previous().start())
            && !c.receivedOn().isAfter(context.previousUpTo()));
        List<FigureCase> closed = filter(cases, c -> period.contains(c.closedOn()));

        Map<String, Object> figures = head(group, name, false, citizensServed);
        int complaints = count(current, Kind.KLAGE);
        int praise = count(current, Kind.ROS);
        figures.put("cases", current.size());
        figures.put("counts", ordered("complaints", complaints, "praise", praise, "suggestions", count(current, Kind.FORSLAG)));
        figures.put("breakdown", breakdown(current));
        Double rate = per100(complaints, citizensServed);
        figures.put("complaintsPer100Citizens", rate);
        if (previousSuppressed) {
            figures.put("previous", null);
            figures.put("change", null);
        } else {
            int previousComplaints = count(previous, Kind.KLAGE);
            Double previousRate = per100(previousComplaints, citizensServed);
            figures.put("previous", ordered("complaints", previousComplaints, "complaintsPer100Citizens", previousRate,
                "praise", count(previous, Kind.ROS)));
            double exposure = (double) Math.max(citizensServed, 1) * context.daysCounted();
            double pValue = FigureStatistics.poissonPValue(complaints, exposure, previousComplaints, exposure);
            figures.put("change", ordered("complaints", complaints - previousComplaints,
                "complaintsPer100Citizens", rate == null || previousRate == null ? null : round6(rate - previousRate),
                "pValue", round6(pValue), "beyondNoise", complaints + previousComplaints > 0 && pValue < 0.05));
        }
        figures.put("acknowledgedWithinDeadline", share(current, previous, previousSuppressed, FigureCase::acknowledgement));
        figures.put("answeredWithinDeadline", share(current, previous, previousSuppressed, FigureCase::answer));
        figures.put("workingDaysToAnswer", workingDaysToAnswer(current, previous, previousSuppressed));
        figures.put("outcomes", outcomes(closed));
        figures.put("reconsiderations", reconsiderations(current, cases));
        figures.put("followUp", followUp(closed));
        figures.put("topRootCauses", topRootCauses(closed));
        figures.put("praise", ordered("count", praise, "praiseToComplaintRatio", complaints == 0 ? null : round6((double) praise / complaints)));
        long reopened = closed.stream().filter(c -> c.reopenCount() > 0).count();
        figures.put("reopened", ordered("closed", closed.size(), "reopened", (int) reopened,
            "rate", closed.isEmpty() ? null : round6((double) reopened / closed.size())));
        // The complainants' own rating comes from survey-service's Klagebehandling wave: HandlingRatings fills it in.
        figures.put("handlingRating", null);
        return figures;
    }

    static int casesReceived(List<FigureCase> cases, FiguresPeriod period, LocalDate upTo) {
        return (int) cases.stream().filter(c -> !c.receivedOn().isBefore(period.start()) && !c.receivedOn().isAfter(upTo)).count();
    }

    private Map<String, Object> head(String group, String name, boolean suppressed, int citizensServed) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("group", group);
        figures.put("name", name);
        figures.put("suppressed", suppressed);
        figures.put("citizensServed", citizensServed);
        return figures;
    }

    private List<Map<String, Object>> breakdown(List<FigureCase> current) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (FigureCase c : current.stream().sorted(Comparator.comparing(FigureCase::kind)).toList()) {
            List<String> tracks = c.tracks().isEmpty() ? List.of(FigureIds.UNTRIAGED)
                : c.tracks().stream().sorted().map(FigureIds::track).toList();
            for (String track : tracks) {
                String key = c.kind().ordinal() + "|" + track + "|" + c.category();
                counts.merge(key, 1, Integer::sum);
                rows.computeIfAbsent(key, k -> ordered("kind", c.kind().id(), "track", track, "trackName", text("track." + track),
                    "category", c.category(), "categoryName", c.category() == null ? null
                        : context.organisation().complaintCategory(c.category()).map(found -> found.name().in(context.locale())).orElse(c.category()),
                    "count", 0));
            }
        }
        List<Map<String, Object>> list = new ArrayList<>();
        counts.forEach((key, count) -> {
            Map<String, Object> row = rows.get(key);
            row.put("count", count);
            list.add(row);
        });
        return list;
    }

    private Map<String, Object> share(List<FigureCase> current, List<FigureCase> previous, boolean previousSuppressed,
                                      Function<FigureCase, FigureCase.Clock> clock) {
        int[] now = dueAndMet(current, clock, context.asOf());
        int[] before = dueAndMet(previous, clock, context.previousUpTo());
        Map<String, Object> share = ordered("due", now[0], "met", now[1]);
        double[] interval = now[0] == 0 ? null : FigureStatistics.wilson(now[1], now[0]);
        share.put("share", now[0] == 0 ? null : round6((double) now[1] / now[0]));
        share.put("wilsonLower", interval == null ? null : round6(interval[0]));
        share.put("wilsonUpper", interval == null ? null : round6(interval[1]));
        boolean comparable = !previousSuppressed && before[0] > 0 && now[0] > 0;
        double[] previousInterval = comparable ? FigureStatistics.wilson(before[1], before[0]) : null;
        share.put("previousShare", previousSuppressed || before[0] == 0 ? null : round6((double) before[1] / before[0]));
        share.put("change", comparable ? round6((double) now[1] / now[0] - (double) before[1] / before[0]) : null);
        share.put("changeBeyondNoise", comparable ? interval[1] < previousInterval[0] || previousInterval[1] < interval[0] : null);
        return share;
    }

    private static int[] dueAndMet(List<FigureCase> cases, Function<FigureCase, FigureCase.Clock> clockOf, LocalDate asOf) {
        int due = 0;
        int met = 0;
        for (FigureCase c : cases) {
            FigureCase.Clock clock = clockOf.apply(c);
            if (clock != null && clock.isDue(asOf)) {
                due++;
                if (clock.metInTime()) {
                    met++;
                }
            }
        }
        return new int[] {due, met};
    }

    private Map<String, Object> workingDaysToAnswer(List<FigureCase> current, List<FigureCase> previous, boolean previousSuppressed) {
        List<Integer> days = answerDays(current, context.asOf());
        List<Integer> before = answerDays(previous, context.previousUpTo());
        return ordered("n", days.size(),
            "median", days.isEmpty() ? null : FigureStatistics.median(days),
            "p90", days.isEmpty() ? null : FigureStatistics.nearestRank(days, 0.9),
            "previousMedian", previousSuppressed || before.isEmpty() ? null : FigureStatistics.median(before));
    }

    private List<Integer> answerDays(List<FigureCase> cases, LocalDate upTo) {
        return cases.stream()
            .filter(c -> c.answer() != null && c.answer().metOn() != null && !c.answer().metOn().isAfter(upTo))
            .map(c -> Math.max(0, context.calendar().workingDaysBetween(c.receivedOn(), c.answer().metOn())))
            .sorted()
            .toList();
    }

    private List<Map<String, Object>> outcomes(List<FigureCase> closed) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            String id = FigureIds.outcome(outcome);
            list.add(ordered("outcome", id, "name", text("outcome." + id), "count", (int) closed.stream().filter(c -> c.outcome() == outcome).count()));
        }
        return list;
    }

    private Map<String, Object> reconsiderations(List<FigureCase> current, List<FigureCase> all) {
        List<FigureCase> decisions = filter(current, c -> c.tracks().contains(Track.DECISION));
        List<FigureCase> decided = filter(decisions, c -> c.reconsiderationResult() != null);
        int withinDeadline = (int) decided.stream().filter(c -> c.reconsideration() != null && c.reconsideredOn() != null
            && !c.reconsideredOn().isAfter(c.reconsideration().dueOn())).count();
        List<Map<String, Object>> results = new ArrayList<>();
        for (ReconsiderationResult result : ReconsiderationResult.values()) {
            String id = FigureIds.reconsideration(result);
            results.add(ordered("result", id, "name", text("reconsideration." + id),
                "count", (int) decided.stream().filter(c -> c.reconsiderationResult() == result).count()));
        }
        List<FigureCase> decidedByAnkestyrelsen = filter(all, c -> context.period().contains(c.ankestyrelsenDecidedOn())
            && !c.ankestyrelsenDecidedOn().isAfter(context.asOf()) && c.ankestyrelsenDecision() != null);
        List<Map<String, Object>> ankestyrelsen = new ArrayList<>();
        for (AnkestyrelsenDecision decision : AnkestyrelsenDecision.values()) {
            String id = FigureIds.ankestyrelsen(decision);
            ankestyrelsen.add(ordered("outcome", id, "name", text("ankestyrelsen." + id),
                "count", (int) decidedByAnkestyrelsen.stream().filter(c -> c.ankestyrelsenDecision() == decision).count()));
        }
        Map<String, Object> figures = ordered("received", decisions.size(), "decided", decided.size(), "withinDeadline", withinDeadline);
        figures.put("results", results);
        figures.put("forwardedToAnkestyrelsen", (int) decisions.stream().filter(c -> c.forwardedOn() != null).count());
        figures.put("ankestyrelsen", ankestyrelsen);
        figures.put("awaitingAnkestyrelsen", (int) decisions.stream().filter(c -> c.forwardedOn() != null && c.ankestyrelsenDecision() == null).count());
        return figures;
    }

    private Map<String, Object> followUp(List<FigureCase> closed) {
        long withLearning = closed.stream().filter(c -> c.learning() != null && !c.learning().isBlank()).count();
        List<FigureCase.Action> actions = closed.stream().flatMap(c -> c.actions().stream()).toList();
        long done = actions.stream().filter(action -> action.doneOn() != null).count();
        long overdue = actions.stream().filter(action -> action.doneOn() == null && action.dueOn().isBefore(context.asOf())).count();
        Map<String, Object> figures = ordered("closed", closed.size(), "closedWithLearning", (int) withLearning,
            "shareWithLearning", closed.isEmpty() ? null : round6((double) withLearning / closed.size()));
        figures.put("actions", ordered("open", (int) (actions.size() - done), "done", (int) done, "overdue", (int) overdue));
        return figures;
    }

    private List<Map<String, Object>> topRootCauses(List<FigureCase> closed) {
        Map<String, List<FigureCase>> byCause = closed.stream().filter(c -> c.rootCause() != null)
            .collect(Collectors.groupingBy(FigureCase::rootCause, TreeMap::new, Collectors.toList()));
        return byCause.entrySet().stream()
            .sorted(Comparator.<Map.Entry<String, List<FigureCase>>>comparingInt(entry -> entry.getValue().size()).reversed()
                .thenComparing(Map.Entry::getKey))
            .limit(5)
            .map(entry -> {
                List<FigureCase> cases = entry.getValue().stream().sorted(Comparator.comparing(FigureCase::closedOn).reversed()).toList();
                Map<String, Object> cause = ordered("rootCause", entry.getKey(),
                    "name", context.organisation().rootCause(entry.getKey()).map(found -> found.name().in(context.locale())).orElse(entry.getKey()),
                    "count", cases.size());
                cause.put("learnings", cases.stream().filter(c -> c.learning() != null && !c.learning().isBlank()).limit(3)
                    .map(c -> ordered("text", c.learning(), "unit", c.unitId(), "closedOn", c.closedOn().toString())).toList());
                cause.put("actions", cases.stream().flatMap(c -> c.actions().stream())
                    .map(action -> ordered("text", action.description(), "unit", action.unitId(), "dueOn", action.dueOn().toString(),
                        "done", action.doneOn() != null)).toList());
                return cause;
            })
            .toList();
    }

    private String text(String key) {
        return context.texts().containsKey(key) ? context.texts().getString(key) : key;
    }

    private static Double per100(int count, int citizensServed) {
        return citizensServed <= 0 ? null : round6(count * 100.0 / citizensServed);
    }

    private static int count(List<FigureCase> cases, Kind kind) {
        return (int) cases.stream().filter(c -> c.kind() == kind).count();
    }

    private static List<FigureCase> filter(List<FigureCase> cases, Predicate<FigureCase> condition) {
        return cases.stream().filter(condition).toList();
    }

    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
