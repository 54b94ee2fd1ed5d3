package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed in the questions between two versions of a survey, for reports that compare waves.
 * A question is the same question when it has the same key. {@code added} and {@code removed} list keys
 * in question order; {@code changed} lists kept questions whose content differs; {@code pointsNotLikeForLike}
 * lists the measurement points whose figures cannot be compared as like for like across the two versions.
 */
@Serdeable
public record SurveyChanges(
    boolean frameworkChanged,
    List<String> added,
    List<String> removed,
    List<QuestionChange> changed,
    Set<String> pointsNotLikeForLike) {

    public SurveyChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        pointsNotLikeForLike = Collections.unmodifiableSet(new LinkedHashSet<>(pointsNotLikeForLike));
    }

    public static SurveyChanges between(SurveyDefinition before, SurveyDefinition after) {
        Map<String, Question> beforeByKey = byKey(before);
        Map<String, Question> afterByKey = byKey(after);
        List<String> added = afterByKey.keySet().stream().filter(key -> !beforeByKey.containsKey(key)).toList();
        List<String> removed = beforeByKey.keySet().stream().filter(key -> !afterByKey.containsKey(key)).toList();
        List<QuestionChange> changed = new ArrayList<>();
        afterByKey.forEach((key, question) -> {
            Question earlier = beforeByKey.get(key);
            if (earlier != null) {
                Set<QuestionAspect> aspects = aspectsChanged(earlier, question);
                if (!aspects.isEmpty()) {
                    changed.add(new QuestionChange(key, aspects));
                }
            }
        });
        boolean frameworkChanged = !Objects.equals(before.framework(), after.framework());
        Set<String> points = new LinkedHashSet<>();
        if (frameworkChanged) {
            points.addAll(pointsOf(beforeByKey.keySet(), beforeByKey));
            points.addAll(pointsOf(afterByKey.keySet(), afterByKey));
        }
        points.addAll(pointsOf(removed, beforeByKey));
        points.addAll(pointsOf(added, afterByKey));
        List<String> incomparable = changed.stream().filter(change -> !change.comparable()).map(QuestionChange::key).toList();
        points.addAll(pointsOf(incomparable, beforeByKey));
        points.addAll(pointsOf(incomparable, afterByKey));
        return new SurveyChanges(frameworkChanged, added, removed, changed, points);
    }

    /** No question was added, removed or changed, and the framework is the same. */
    public boolean isEmpty() {
        return !frameworkChanged && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Every measurement point is fed by the same, comparable questions in both versions. */
    public boolean likeForLike() {
        return !frameworkChanged && added.isEmpty() && removed.isEmpty() && changed.stream().allMatch(QuestionChange::comparable);
    }

    private static List<String> pointsOf(Iterable<String> keys, Map<String, Question> questions) {
        List<String> points = new ArrayList<>();
        keys.forEach(key -> {
            String point = questions.get(key).point();
            if (point != null) {
                points.add(point);
            }
        });
        return points;
    }

    private static Map<String, Question> byKey(SurveyDefinition survey) {
        Map<String, Question> byKey = new LinkedHashMap<>();
        survey.questions().forEach(question -> byKey.putIfAbsent(question.key(), question));
        return byKey;
    }

    private static Set<QuestionAspect> aspectsChanged(Question before, Question after) {
        Set<QuestionAspect> aspects = EnumSet.noneOf(QuestionAspect.class);
        differs(aspects, QuestionAspect.TYPE, before.type(), after.type());
        differs(aspects, QuestionAspect.TEXT, before.text(), after.text());
        differs(aspects, QuestionAspect.CHOICES, before.choices(), after.choices());
        differs(aspects, QuestionAspect.POINT, before.point(), after.point());
        differs(aspects, QuestionAspect.SHOW_IF, before.showIf(), after.showIf());
        differs(aspects, QuestionAspect.DONT_KNOW, before.offersDontKnow(), after.offersDontKnow());
        differs(aspects, QuestionAspect.STEP_LABELS, before.labels(), after.labels());
        differs(aspects, QuestionAspect.EASY_READ, before.easyRead(), after.easyRead());
        differs(aspects, QuestionAspect.HELP, before.help(), after.help());
        differs(aspects, QuestionAspect.IMAGE, before.image(), after.image());
        differs(aspects, QuestionAspect.REQUIRED, before.required(), after.required());
        differs(aspects, QuestionAspect.MAX_LENGTH, before.maxLength(), after.maxLength());
        return aspects;
    }

    private static void differs(Set<QuestionAspect> aspects, QuestionAspect aspect, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            aspects.add(aspect);
        }
    }
}
