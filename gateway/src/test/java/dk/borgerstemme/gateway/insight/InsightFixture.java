package dk.borgerstemme.gateway.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the fake services answer with, for Slagelse: two survey waves (2025H2 and 2026H1), the standing
 * Klagebehandling waves of 2026H1 and 2026H2 (whose results have no measurement point of the framework, as
 * survey-service's), and the complaint figures of four half-years. Tests compare the portal's pages with exactly
 * these numbers.
 */
final class InsightFixture {

    static final long WAVE_2025 = 1;
    static final long WAVE_2026 = 2;
    static final String WAVE_2025_NAME = "Brugerundersøgelse 2025";
    static final String WAVE_2026_NAME = "Brugerundersøgelse 2026";
    /** The standing Klagebehandling waves: each opens on its half-year's first day, the second after the latest satisfaction wave. */
    static final long STANDING_2026H1 = 3;
    static final long STANDING_2026H2 = 4;
    static final String STANDING_2026H2_NAME = "Klagebehandling 2. halvår 2026";

    /** Positives and n of each point's total, per wave; "digital-tilgaengelighed" is in no wave. */
    static final Map<String, int[][]> TOTALS = new LinkedHashMap<>();
    static {
        TOTALS.put("god-servicekultur", new int[][] {{20, 40}, {34, 40}});
        TOTALS.put("oplevet-kvalitet", new int[][] {{21, 30}, {22, 30}});
        TOTALS.put("oplevet-selvbestemmelse", new int[][] {{10, 20}, {12, 20}});
        TOTALS.put("deltagelse-i-faellesskaber", new int[][] {{8, 16}, {9, 16}});
        TOTALS.put("oplevet-samarbejde-med-netvaerket", new int[][] {{15, 25}, {14, 25}});
    }
    /** A unit leader of Solvang and Havnevej sees this total for every point. */
    static final int[][] LEADER_TOTAL = {{8, 14}, {11, 14}};
    static final Map<String, int[]> UNITS = Map.of("botilbuddet-solvang", new int[] {9, 10}, "bostedet-skovly", new int[] {12, 15});
    static final String SUPPRESSED_UNIT = "botilbuddet-havnevej";
    static final Map<String, int[]> AREAS = Map.of("socialpsykiatrien", new int[] {17, 20}, "handicap", new int[] {12, 15});

    static final int[] COMPLAINTS = {30, 18, 20, 22};
    static final int[] PRAISE = {12, 10, 8, 9};
    static final int[] DUE = {20, 15, 14, 12};
    static final int[] MET = {15, 9, 10, 9};
    static final int CITIZENS = 3431;
    /** The complainants' rating per half-year of {@link #PERIODS}: positives and n ({@code null}: hidden); the first as survey-service averages it. */
    static final int[][] RATINGS = {{6, 9}, {2, 20}, {5, 10}, null};
    static final List<String> PERIODS = List.of("2026H1", "2025H2", "2025H1", "2024H2");

    private InsightFixture() {
    }

    /**
     * The wave list in the shape of survey-service's {@code GET /api/surveys/{org}/waves} ({@code WaveSummary}),
     * newest first, so the portal must order the waves by their dates itself.
     */
    static List<Map<String, Object>> waves() {
        Map<String, Object> wave2026 = map("id", WAVE_2026, "name", WAVE_2026_NAME, "survey", "Brugerundersøgelse", "opensOn", "2026-03-02",
            "closesOn", "2026-04-30", "state", "ENDED", "codesIssued", 60, "codesUsed", 40);
        wave2026.put("closedOn", null);
        wave2026.put("surveyKind", "satisfaction");
        Map<String, Object> standing2026H2 = map("id", STANDING_2026H2, "name", STANDING_2026H2_NAME, "survey", "Klagebehandling", "opensOn", "2026-07-01",
            "closesOn", "2027-03-31", "closedOn", null, "state", "OPEN", "codesIssued", null, "codesUsed", null, "surveyKind", "complaint-handling");
        return List.of(standing2026H2, wave2026,
            map("id", STANDING_2026H1, "name", "Klagebehandling 1. halvår 2026", "survey", "Klagebehandling", "opensOn", "2026-01-01",
                "closesOn", "2026-09-30", "closedOn", null, "state", "ENDED", "codesIssued", null, "codesUsed", null, "surveyKind", "complaint-handling"),
            map("id", WAVE_2025, "name", WAVE_2025_NAME, "survey", "Brugerundersøgelse", "opensOn", "2025-09-01", "closesOn", "2025-10-31",
                "closedOn", "2025-10-20", "state", "CLOSED", "codesIssued", 60, "codesUsed", 40, "surveyKind", "satisfaction"));
    }

    /** A standing Klagebehandling wave's results as survey-service gives them: its one synthetic point, none of the framework's. */
    private static Map<String, Object> standingResults(long wave, String by) {
        Map<String, Object> point = map("point", "klagebehandling", "name", "Klagebehandling", "groups", List.of(), "total", cell("total", 7, 10, null));
        return map("wave", wave, "waveName", wave == STANDING_2026H2 ? STANDING_2026H2_NAME : "Klagebehandling 1. halvår 2026", "by", by,
            "minimumGroupSize", 5, "previousWave", wave == STANDING_2026H2 ? STANDING_2026H1 : null, "points", List.of(point));
    }

    static Map<String, Object> results(long wave, String by, String unit, List<String> scope) {
        if (wave == STANDING_2026H1 || wave == STANDING_2026H2) {
            return standingResults(wave, by);
        }
        if (wave != WAVE_2025 && wave != WAVE_2026) {
            return null;
        }
        int index = wave == WAVE_2025 ? 0 : 1;
        List<Map<String, Object>> points = new ArrayList<>();
        TOTALS.forEach((point, totals) -> {
            int[] total = unit != null ? UNITS.getOrDefault(unit, new int[] {0, 0}) : scope != null ? LEADER_TOTAL[index] : totals[index];
            int[] before = unit != null ? total : scope != null ? LEADER_TOTAL[0] : totals[0];
            Map<String, Object> cell = cell("total", total[0], total[1], index == 1 ? before : null);
            Map<String, Object> result = map("point", point, "name", point, "groups", groups(by, unit, scope, index), "total", cell);
            if (index == 1) {
                boolean changed = point.equals("oplevet-kvalitet");
                result.put("likeForLike", !changed);
                result.put("notLikeForLike", changed ? "Spørgsmålet om kvalitet er formuleret om." : null);
            }
            points.add(result);
        });
        return map("wave", wave, "waveName", index == 0 ? WAVE_2025_NAME : WAVE_2026_NAME, "by", by, "minimumGroupSize", 5,
            "previousWave", index == 1 ? WAVE_2025 : null, "points", points);
    }

    private static List<Map<String, Object>> groups(String by, String unit, List<String> scope, int index) {
        List<Map<String, Object>> groups = new ArrayList<>();
        switch (by) {
            case "unit" -> {
                for (String id : List.of("botilbuddet-solvang", SUPPRESSED_UNIT, "bostedet-skovly")) {
                    if ((unit == null || unit.equals(id)) && (scope == null || scope.contains(id))) {
                        groups.add(id.equals(SUPPRESSED_UNIT) ? suppressed(id) : cell(id, UNITS.get(id)[0], UNITS.get(id)[1], index == 1 ? UNITS.get(id) : null));
                    }
                }
            }
            case "area" -> AREAS.forEach((id, figures) -> {
                if (scope == null || id.equals("socialpsykiatrien")) {
                    groups.add(cell(id, figures[0], figures[1], index == 1 ? figures : null));
                }
            });
            case "role" -> groups.add(cell("borger", 20, 25, null));
            default -> {
                groups.add(cell("alene", 15, 20, null));
                groups.add(suppressed("med-hjaelp-fra-medarbejder"));
            }
        }
        return groups;
    }

    static Map<String, Object> cell(String group, int positives, int n, int[] before) {
        double[] interval = wilson(positives, n);
        Map<String, Object> cell = map("group", group, "suppressed", false, "responses", n, "codesIssued", n * 2, "responseRate", 0.5,
            "n", n, "dontKnow", 1, "sharePositive", (double) positives / n, "mean", 3.9, "scale", "smiley-5",
            "distribution", map("1", 0, "2", 1, "3", n - positives - 1, "4", positives / 2, "5", positives - positives / 2),
            "wilsonLower", interval[0], "wilsonUpper", interval[1], "change", null, "changeBeyondNoise", null);
        if (before != null) {
            double[] earlier = wilson(before[0], before[1]);
            cell.put("change", (double) positives / n - (double) before[0] / before[1]);
            cell.put("changeBeyondNoise", interval[1] < earlier[0] || earlier[1] < interval[0]);
        }
        return cell;
    }

    private static Map<String, Object> suppressed(String group) {
        Map<String, Object> cell = map("group", group, "suppressed", true);
        for (String field : List.of("responses", "codesIssued", "responseRate", "n", "dontKnow", "sharePositive", "mean", "scale", "distribution",
            "wilsonLower", "wilsonUpper", "change", "changeBeyondNoise")) {
            cell.put(field, null);
        }
        return cell;
    }

    static double[] wilson(int positives, int n) {
        double z = 1.96;
        double p = (double) positives / n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
        return new double[] {positives == 0 ? 0 : Math.max(0, centre - half), positives == n ? 1 : Math.min(1, centre + half)};
    }

    // ---- complaints

    static Map<String, Object> figures(String period, String by, String unit, List<String> scope) {
        int k = PERIODS.indexOf(period);
        List<Map<String, Object>> groups = new ArrayList<>();
        Map<String, Object> total;
        if (scope != null) {
            total = group("total", "I alt", 40, k < 0 ? 0 : 6, k);
        } else {
            total = group("total", "I alt", CITIZENS, k < 0 ? 0 : COMPLAINTS[k], k);
        }
        switch (by) {
            case "area" -> {
                groups.add(group("socialpsykiatrien", "Socialpsykiatrien", scope == null ? 335 : 40, k < 0 ? 0 : (scope == null ? 12 : 6), k));
                if (scope == null) {
                    groups.add(suppressedGroup("handicap", 516));
                    groups.add(group("misbrug", "Misbrug", 480, k < 0 ? 0 : 8, k));
                    groups.add(group("myndighed", "Myndighed og rehabilitering", 2100, k < 0 ? 0 : 10, k));
                }
            }
            case "unit" -> {
                for (String id : List.of("botilbuddet-solvang", SUPPRESSED_UNIT, "bostedet-skovly")) {
                    if ((unit == null || unit.equals(id)) && (scope == null || scope.contains(id))) {
                        groups.add(id.equals(SUPPRESSED_UNIT) ? suppressedGroup(id, 16) : group(id, id, id.equals("bostedet-skovly") ? 32 : 24, k < 0 ? 0 : 5, k));
                    }
                }
                if (unit != null) {
                    total = groups.isEmpty() ? total : groups.get(0);
                }
            }
            default -> groups.add(copy(total, "organisation"));
        }
        return map("organisation", "slagelse", "period", period, "periodStart", "2026-01-01", "periodEnd", "2026-06-30", "previousPeriod", "x",
            "complete", true, "asOf", "2026-06-30", "daysCounted", 181, "by", by, "minimumGroupSize", 5,
            "scope", map("kind", scope == null ? "organisation" : "units", "units", scope == null ? List.of() : scope),
            "groups", groups, "total", total, "somethingAddedLater", "ignored");
    }

    static Map<String, Object> group(String id, String name, int citizens, int complaints, int k) {
        int previousComplaints = k >= 0 && k + 1 < COMPLAINTS.length ? COMPLAINTS[k + 1] * complaints / Math.max(1, COMPLAINTS[k]) : 0;
        int due = k < 0 ? 0 : DUE[k];
        int met = k < 0 ? 0 : MET[k];
        double[] interval = due == 0 ? new double[] {0, 1} : wilson(met, due);
        double per100 = complaints * 100.0 / citizens;
        Map<String, Object> group = map("group", id, "name", name, "suppressed", false, "citizensServed", citizens, "cases", complaints + 10,
            "counts", map("complaints", complaints, "praise", k < 0 ? 0 : PRAISE[k], "suggestions", 4),
            "breakdown", List.of(
                map("kind", "klage", "track", "conduct-or-delivery", "trackName", "Adfærd eller levering af hjælpen", "category", "levering-af-hjaelpen",
                    "categoryName", "Levering af hjælpen", "count", complaints),
                map("kind", "klage", "track", "service-level", "trackName", "Serviceniveau", "category", "serviceniveau",
                    "categoryName", "Serviceniveau", "count", 2),
                map("kind", "ros", "track", "praise", "trackName", "Ros", "category", "medarbejderes-adfaerd", "categoryName", "Medarbejderes adfærd",
                    "count", k < 0 ? 0 : PRAISE[k])),
            "complaintsPer100Citizens", per100,
            "previous", map("complaints", previousComplaints, "complaintsPer100Citizens", previousComplaints * 100.0 / citizens, "praise", 3),
            "change", map("complaints", complaints - previousComplaints, "complaintsPer100Citizens", (complaints - previousComplaints) * 100.0 / citizens,
                "pValue", k == 0 ? 0.04 : 0.5, "beyondNoise", k == 0),
            "acknowledgedWithinDeadline", map("due", due, "met", due, "share", due == 0 ? null : 1.0, "wilsonLower", 0.8, "wilsonUpper", 1.0,
                "previousShare", 0.9, "change", 0.1, "changeBeyondNoise", false),
            "answeredWithinDeadline", map("due", due, "met", met, "share", due == 0 ? null : (double) met / due, "wilsonLower", interval[0],
                "wilsonUpper", interval[1], "previousShare", 0.6, "change", due == 0 ? null : (double) met / due - 0.6, "changeBeyondNoise", false),
            "workingDaysToAnswer", map("n", met, "median", 7.0, "p90", 12.0, "previousMedian", 9.0),
            "outcomes", List.of(map("outcome", "medhold", "name", "Medhold", "count", 4), map("outcome", "delvis-medhold", "name", "Delvis medhold", "count", 6),
                map("outcome", "ikke-medhold", "name", "Ikke medhold", "count", 7), map("outcome", "ikke-relevant", "name", "Ikke relevant", "count", 1)),
            "reconsiderations", map("received", 6, "decided", 5, "withinDeadline", 4,
                "results", List.of(map("result", "upheld", "name", "Omgjort", "count", 1), map("result", "partly-upheld", "name", "Delvist omgjort", "count", 1),
                    map("result", "maintained", "name", "Fastholdt, sendt til Ankestyrelsen", "count", 3)),
                "forwardedToAnkestyrelsen", 3,
                "ankestyrelsen", List.of(map("outcome", "stadfaestet", "name", "Stadfæstet", "count", 2), map("outcome", "aendret", "name", "Ændret", "count", 0),
                    map("outcome", "hjemvist", "name", "Ophævet og hjemvist", "count", 1), map("outcome", "afvist", "name", "Afvist", "count", 0)),
                "awaitingAnkestyrelsen", 0),
            "followUp", map("closed", 20, "closedWithLearning", 17, "shareWithLearning", 0.85, "actions", map("open", 2, "done", 3, "overdue", 1)),
            "topRootCauses", List.of(map("rootCause", "kommunikation-mangelfuld", "name", "Mangelfuld kommunikation", "count", 5,
                "learnings", List.of(map("text", "Vi ringer nu altid, når en aftale flyttes.", "unit", "botilbuddet-solvang", "closedOn", "2026-03-02")),
                "actions", List.of(map("text", "Fast telefontid for pårørende", "unit", "botilbuddet-solvang", "dueOn", "2026-06-01", "done", false)))),
            "praise", map("count", k < 0 ? 0 : PRAISE[k], "praiseToComplaintRatio", complaints == 0 ? null : (double) (k < 0 ? 0 : PRAISE[k]) / complaints),
            "reopened", map("closed", 20, "reopened", 1, "rate", 0.05),
            "handlingRating", rating(k));
        return group;
    }

    private static Map<String, Object> rating(int k) {
        int[] rating = k < 0 ? null : RATINGS[k];
        if (rating == null) {
            return map("suppressed", true, "n", null, "sharePositive", null, "wilsonLower", null, "wilsonUpper", null);
        }
        if (k == 0) {
            return map("suppressed", false, "n", 9, "sharePositive", 0.6666666, "wilsonLower", 0.35, "wilsonUpper", 0.88);
        }
        double[] interval = wilson(rating[0], rating[1]);
        return map("suppressed", false, "n", rating[1], "sharePositive", (double) rating[0] / rating[1], "wilsonLower", interval[0],
            "wilsonUpper", interval[1]);
    }

    private static Map<String, Object> suppressedGroup(String id, int citizens) {
        Map<String, Object> group = map("group", id, "name", id, "suppressed", true, "citizensServed", citizens);
        for (String field : List.of("cases", "counts", "breakdown", "complaintsPer100Citizens", "previous", "change", "acknowledgedWithinDeadline",
            "answeredWithinDeadline", "workingDaysToAnswer", "outcomes", "reconsiderations", "followUp", "topRootCauses", "praise", "reopened",
            "handlingRating")) {
            group.put(field, null);
        }
        return group;
    }

    private static Map<String, Object> copy(Map<String, Object> group, String id) {
        Map<String, Object> copy = new LinkedHashMap<>(group);
        copy.put("group", id);
        return copy;
    }

    static Map<String, Object> workload() {
        return map("scope", "team", "open", 12, "unacknowledged", 1, "overdue", 2, "dueSoon", 3, "dueSoonWorkingDays", 2, "safetyConcernsOpen", 0);
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
