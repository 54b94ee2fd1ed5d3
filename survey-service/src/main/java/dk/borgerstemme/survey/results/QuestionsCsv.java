package dk.borgerstemme.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The questions behind the points as CSV, one row per question with the same numbers as the JSON: comma-separated,
 * a dot for decimals, a suppressed row with "true" and empty numbers, the distribution as {@code step:count} pairs.
 */
final class QuestionsCsv {

    static final List<String> HEADER = List.of("question", "point", "text", "scope", "suppressed", "n", "dont_know", "share_positive", "mean",
        "scale", "distribution", "wilson_lower", "wilson_upper", "comparison", "like_for_like", "previous_share_positive", "change",
        "change_beyond_noise");

    private QuestionsCsv() {
    }

    static String of(QuestionsResponse response) {
        StringBuilder csv = new StringBuilder(ResultsCsv.line(HEADER));
        String scope = response.unit() != null ? response.unit() : response.scope();
        for (QuestionsResponse.QuestionCell question : response.questions()) {
            List<String> row = new ArrayList<>();
            row.add(question.key());
            row.add(question.point());
            row.add(question.text());
            row.add(scope);
            row.add(String.valueOf(question.suppressed()));
            row.add(ResultsCsv.text(question.n()));
            row.add(ResultsCsv.text(question.dontKnow()));
            row.add(ResultsCsv.text(question.sharePositive()));
            row.add(ResultsCsv.text(question.mean()));
            row.add(question.scale());
            row.add(question.distribution() == null ? ""
                : question.distribution().stream().map(step -> step.value() + ":" + step.count()).collect(Collectors.joining(" ")));
            row.add(ResultsCsv.text(question.wilsonLower()));
            row.add(ResultsCsv.text(question.wilsonUpper()));
            row.add(question.comparison());
            row.add(ResultsCsv.text(question.likeForLike()));
            row.add(ResultsCsv.text(question.previousSharePositive()));
            row.add(ResultsCsv.text(question.change()));
            row.add(ResultsCsv.text(question.changeBeyondNoise()));
            csv.append(ResultsCsv.line(row));
        }
        return csv.toString();
    }
}
