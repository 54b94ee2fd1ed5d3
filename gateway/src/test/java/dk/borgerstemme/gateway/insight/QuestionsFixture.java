package dk.borgerstemme.gateway.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questions behind a point as the fake survey service answers them (the shape of survey-service's
 * {@code GET /api/surveys/{org}/waves/{wave}/questions}): for god-servicekultur three questions, one asked alike with a
 * change beyond noise, one reworded (not like for like), one hidden in a unit leader's scope and in havnevej.
 */
final class QuestionsFixture {

    static final String RESPECT = "Medarbejderne møder mig med respekt.";
    static final String REWORDED = "Medarbejderne ser mig som et helt menneske.";
    static final String LISTENED = "Medarbejderne lytter til det, jeg siger.";
    static final String NOT_LIKE_FOR_LIKE = "Ikke sammenlignet med forrige måling: spørgsmålets ordlyd er ændret.";

    /** Positives and n of moedt-med-respekt: organisation now and before, a unit leader's units now, solvang now. */
    static final int[] RESPECT_ORGANISATION = {30, 40};
    static final int[] RESPECT_BEFORE = {16, 40};
    static final int[] RESPECT_LEADER = {9, 12};
    static final int[] RESPECT_SOLVANG = {8, 10};

    private QuestionsFixture() {
    }

    static Map<String, Object> questions(long wave, String point, String unit, List<String> scope) {
        if (wave != InsightFixture.WAVE_2025 && wave != InsightFixture.WAVE_2026) {
            return null;
        }
        boolean latest = wave == InsightFixture.WAVE_2026;
        List<Map<String, Object>> questions = new ArrayList<>();
        if ("god-servicekultur".equals(point)) {
            int[] respect = unit != null ? (unit.equals(InsightFixture.SUPPRESSED_UNIT) ? null : RESPECT_SOLVANG)
                : scope != null ? RESPECT_LEADER : latest ? RESPECT_ORGANISATION : RESPECT_BEFORE;
            questions.add(respect == null ? hidden("moedt-med-respekt", point, RESPECT)
                : question("moedt-med-respekt", point, RESPECT, respect, latest && unit == null && scope == null ? RESPECT_BEFORE : null));
            Map<String, Object> reworded = question("set-som-menneske", point, REWORDED, new int[] {20, 40}, null);
            if (latest) {
                reworded.put("comparison", "changed");
                reworded.put("likeForLike", false);
                reworded.put("notLikeForLike", NOT_LIKE_FOR_LIKE);
            }
            questions.add(reworded);
            questions.add(scope != null || unit != null ? hidden("lyttet-til", point, LISTENED) : question("lyttet-til", point, LISTENED, new int[] {25, 40}, null));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("wave", wave);
        answer.put("waveName", latest ? InsightFixture.WAVE_2026_NAME : InsightFixture.WAVE_2025_NAME);
        answer.put("previousWave", latest ? InsightFixture.WAVE_2025 : null);
        answer.put("previousWaveName", latest ? InsightFixture.WAVE_2025_NAME : null);
        answer.put("minimumGroupSize", 5);
        answer.put("scope", unit != null ? "unit" : scope != null ? "units" : "organisation");
        answer.put("unit", unit);
        answer.put("units", unit == null ? scope : null);
        answer.put("point", point);
        answer.put("questions", questions);
        return answer;
    }

    private static Map<String, Object> question(String key, String point, String text, int[] figures, int[] before) {
        double[] interval = InsightFixture.wilson(figures[0], figures[1]);
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("key", key);
        question.put("point", point);
        question.put("pointName", point);
        question.put("text", text);
        question.put("scale", "agreement-5");
        question.put("suppressed", false);
        question.put("n", figures[1]);
        question.put("dontKnow", 2);
        question.put("sharePositive", (double) figures[0] / figures[1]);
        question.put("mean", 3.8);
        question.put("distribution", List.of(step("1", "Helt uenig", 1), step("2", "Uenig", 2), step("3", "Hverken enig eller uenig", Math.max(0, figures[1] - figures[0] - 3)),
            step("4", "Enig", figures[0] - 4), step("5", "Helt enig", 4)));
        question.put("wilsonLower", interval[0]);
        question.put("wilsonUpper", interval[1]);
        question.put("comparison", before == null ? "none" : "like-for-like");
        question.put("likeForLike", before == null ? null : true);
        question.put("notLikeForLike", null);
        if (before != null) {
            double[] earlier = InsightFixture.wilson(before[0], before[1]);
            question.put("previousSharePositive", (double) before[0] / before[1]);
            question.put("change", (double) figures[0] / figures[1] - (double) before[0] / before[1]);
            question.put("changeBeyondNoise", interval[1] < earlier[0] || earlier[1] < interval[0]);
        }
        return question;
    }

    private static Map<String, Object> hidden(String key, String point, String text) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("key", key);
        question.put("point", point);
        question.put("text", text);
        question.put("scale", "agreement-5");
        question.put("suppressed", true);
        question.put("suppressedBecause", "below-minimum");
        question.put("comparison", "none");
        return question;
    }

    private static Map<String, Object> step(String value, String label, int count) {
        return Map.of("value", value, "label", label, "count", count);
    }
}
