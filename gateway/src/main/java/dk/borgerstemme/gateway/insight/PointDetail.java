package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.gateway.insight.questions.QuestionsSection;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A measurement point taken apart: its readings, then the same figure per area, unit, respondent role and
 * way of answering (surveys) or per area, unit, category and track (complaints), and the questions behind a
 * survey-fed point ({@code questions}, null for a point fed by complaints only).
 */
public record PointDetail(
    String id,
    String name,
    String trackName,
    String periodLabel,
    String backUrl,
    List<String> notices,
    List<Reading> readings,
    List<Breakdown> breakdowns,
    @Nullable QuestionsSection questions) {

    /** One table: a heading, column headings, rows; {@code note} says why there are no rows, if there are none. */
    public record Breakdown(String id, String heading, List<String> columns, List<List<String>> rows, String note) {
    }
}
