package dk.borgerstemme.complaint.figures;

import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Puts the complainants' own rating of the complaint handling into a figures report. The "Klagebehandling"
 * survey is fielded in one standing wave per calendar half-year, so a half-year gets that half-year's rating; a
 * quarter or a month gets none ({@code handlingRating} null, never a half-year's figure passed off as the
 * quarter's), and the report says so in {@code missing}. When survey-service does not answer, the rest of the
 * figures still do, with {@code handlingRating} null and the reason in {@code missing}. survey-service suppresses
 * the rating's small groups; a group these figures suppress keeps every figure null, the rating too.
 */
@Singleton
class HandlingRatings {

    static final String FIGURE = "handlingRating";
    static final String SURVEY_SERVICE_UNAVAILABLE = "survey-service-unavailable";
    static final String HALF_YEARS_ONLY = "half-years-only";

    private final SurveyRatingClient client;

    HandlingRatings(SurveyRatingClient client) {
        this.client = client;
    }

    /**
     * @param units the units of the report's scope, or empty when the report is the whole organisation's
     * @param groups the report's groups and its total, as built; shown groups get their rating
     */
    void fill(Map<String, Object> report, String org, FiguresPeriod period, String by, Optional<Collection<String>> units,
              List<Map<String, Object>> groups, ResourceBundle texts) {
        List<Map<String, Object>> missing = new ArrayList<>();
        Optional<SurveyRating> rating = Optional.empty();
        if (period.months() != 6) {
            FiguresPeriod halfYear = FiguresPeriod.starting(period.start().getYear(), period.start().getMonthValue() <= 6 ? 1 : 7, 6);
            missing.add(GroupFigures.ordered("figure", FIGURE, "reason", HALF_YEARS_ONLY,
                "text", MessageFormat.format(texts.getString("handlingRating.halfYearsOnly"), halfYear.id())));
        } else if (units.isEmpty() || !units.get().isEmpty()) {
            rating = client.rating(org, period.id(), units);
            if (rating.isEmpty()) {
                missing.add(GroupFigures.ordered("figure", FIGURE, "reason", SURVEY_SERVICE_UNAVAILABLE,
                    "text", texts.getString("handlingRating.unavailable")));
            }
        }
        for (Map<String, Object> group : groups) {
            if (Boolean.TRUE.equals(group.get("suppressed"))) {
                continue;
            }
            String id = String.valueOf(group.get("group"));
            group.put(FIGURE, rating.flatMap(answer -> answer.of(by, id)).map(HandlingRatings::figure).orElse(null));
        }
        report.put("handlingRatingPeriod", period.months() == 6 ? period.id() : null);
        report.put("handlingRatingWave", rating.map(SurveyRating::waveId).orElse(null));
        report.put("missing", missing);
    }

    private static Map<String, Object> figure(SurveyRating.Group group) {
        return GroupFigures.ordered("suppressed", group.suppressed(), "n", group.suppressed() ? null : group.n(),
            "sharePositive", group.sharePositive(), "wilsonLower", group.wilsonLower(), "wilsonUpper", group.wilsonUpper());
    }
}
