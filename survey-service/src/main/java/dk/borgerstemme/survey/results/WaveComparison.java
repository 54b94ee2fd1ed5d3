package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionChange;
import dk.borgerstemme.survey.definition.SurveyChanges;
import dk.borgerstemme.survey.definition.SurveyDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a wave compares with the previous wave of the same survey, point by point. A question is the same
 * question when it has the same key ({@link SurveyChanges}); a point is <em>like for like</em> when the same,
 * comparable questions feed it in both versions. When a question was added or removed, or changed in what it
 * asks or how it is answered (its text, its scale), the point is flagged, and its change is computed on the
 * questions both versions ask alike: both waves are figured again on those questions only, suppressed as
 * usual, and a cell gets a change only where both waves show it, in full and on the common questions.
 */
final class WaveComparison {

    /** What fed a point in the two versions. {@code comparedOn} are the questions its change is computed on. */
    record PointComparison(String point, boolean likeForLike, List<String> comparedOn, List<String> added, List<String> removed,
                           List<String> changed) {
    }

    private WaveComparison() {
    }

    static Map<String, PointComparison> perPoint(SurveyDefinition before, SurveyDefinition after) {
        SurveyChanges changes = SurveyChanges.between(before, after);
        Set<String> incomparable = changes.changed().stream().filter(change -> !change.comparable())
            .map(QuestionChange::key).collect(Collectors.toSet());
        Map<String, PointComparison> comparisons = new LinkedHashMap<>();
        for (String point : pointsOf(after)) {
            List<String> now = keysFeeding(after, point);
            List<String> earlier = keysFeeding(before, point);
            List<String> comparedOn = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (String key : now) {
                if (earlier.contains(key)) {
                    (changes.frameworkChanged() || incomparable.contains(key) ? changed : comparedOn).add(key);
                }
            }
            List<String> added = now.stream().filter(key -> !earlier.contains(key)).toList();
            List<String> removed = earlier.stream().filter(key -> !now.contains(key)).toList();
            boolean likeForLike = !changes.pointsNotLikeForLike().contains(point) && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
            comparisons.put(point, new PointComparison(point, likeForLike, comparedOn, added, removed, changed));
        }
        return comparisons;
    }

    /** The survey with only the given scored questions, to figure both waves on what they have in common. */
    static SurveyDefinition restrictedTo(SurveyDefinition survey, Set<String> keys) {
        return new SurveyDefinition(survey.id(), survey.kind(), survey.title(), survey.intro(), survey.minutes(), survey.framework(),
            survey.respondentRoles(), survey.allowsThreeStepScales(),
            survey.questions().stream().filter(question -> keys.contains(question.key())).toList());
    }

    /**
     * Adds the change since the previous wave to every cell shown in both waves; a cell hidden in either gets
     * none, since a change would hint at the hidden figures. The change of a point is taken between
     * {@code previousCompared} and {@code currentCompared} (the figures on the common questions; for a like-for-like
     * point simply the two waves' figures), and only where those show the cell too.
     */
    static List<PointResult> withChanges(List<PointResult> current, List<PointResult> previous,
                                         List<PointResult> currentCompared, List<PointResult> previousCompared) {
        Map<String, PointResult> before = byPoint(previous);
        Map<String, PointResult> nowCompared = byPoint(currentCompared);
        Map<String, PointResult> beforeCompared = byPoint(previousCompared);
        return current.stream().map(point -> {
            PointResult shownBefore = before.get(point.point());
            PointResult a = beforeCompared.get(point.point());
            PointResult b = nowCompared.get(point.point());
            if (shownBefore == null || a == null || b == null) {
                return point;
            }
            Function<List<GroupResult>, List<GroupResult>> changed = cells -> cells.stream()
                .map(cell -> cell.withChange(changeOf(cell, shownBefore, a, b))).toList();
            return new PointResult(point.point(), changed.apply(point.groups()), changed.apply(point.rows()), changed.apply(point.columns()),
                point.total().withChange(changeOf(point.total(), shownBefore, a, b)));
        }).toList();
    }

    private static Optional<ChangeSincePreviousWave> changeOf(GroupResult now, PointResult shownBefore, PointResult comparedBefore,
                                                              PointResult comparedNow) {
        Optional<GroupResult.Shown> wasShown = cell(shownBefore, now.group()).flatMap(GroupResult::shown);
        Optional<GroupResult.Shown> from = cell(comparedBefore, now.group()).flatMap(GroupResult::shown);
        Optional<GroupResult.Shown> to = cell(comparedNow, now.group()).flatMap(GroupResult::shown);
        if (now.shown().isEmpty() || wasShown.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return ChangeSincePreviousWave.between(from.get().figures(), to.get().figures());
    }

    private static Optional<GroupResult> cell(PointResult point, String group) {
        if (PointResult.TOTAL.equals(group)) {
            return Optional.of(point.total());
        }
        List<GroupResult> all = new ArrayList<>(point.groups());
        all.addAll(point.rows());
        all.addAll(point.columns());
        return all.stream().filter(cell -> cell.group().equals(group)).findFirst();
    }

    private static Map<String, PointResult> byPoint(List<PointResult> points) {
        return points.stream().collect(Collectors.toMap(PointResult::point, Function.identity()));
    }

    private static List<String> pointsOf(SurveyDefinition survey) {
        Set<String> points = new LinkedHashSet<>();
        survey.questions().stream().filter(WaveComparison::isScored).forEach(question -> points.add(question.point()));
        return List.copyOf(points);
    }

    private static List<String> keysFeeding(SurveyDefinition survey, String point) {
        return survey.questions().stream().filter(question -> isScored(question) && point.equals(question.point())).map(Question::key).toList();
    }

    private static boolean isScored(Question question) {
        return question.type() != null && question.type().isScored() && question.point() != null;
    }
}
