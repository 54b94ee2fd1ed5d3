package dk.borgerstemme.gateway.insight.questions;

import dk.borgerstemme.gateway.insight.Trend;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The questions behind a measurement point on its page: whose figures they are and from which wave, one row per
 * question, the questions not compared like for like with why, a text summary and a bar chart saying the same.
 * {@code note} says why there are no rows, if there are none.
 */
public record QuestionsSection(
    List<String> about,
    String caption,
    List<String> columns,
    List<Row> rows,
    List<String> comparisonNotes,
    String summary,
    @Nullable String chartSvg,
    String note) {

    /** One question, every figure already in words; a hidden question has only its text and why. */
    public record Row(String key, String text, boolean suppressed, String share, String interval, String mean, String n, String dontKnow,
                      String distribution, String change, Trend trend, String trendText) {
    }

    static QuestionsSection missing(List<String> about, String caption, List<String> columns, String note) {
        return new QuestionsSection(about, caption, columns, List.of(), List.of(), "", null, note);
    }
}
