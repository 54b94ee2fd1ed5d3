package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.survey.definition.DontKnow;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.Scale;
import dk.borgerstemme.survey.definition.SurveyDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The results of one wave per measurement point × group, for the whole organisation: the single splits.
 * {@link WaveTables} builds the combined splits and the narrower views on them.
 *
 * <p>A cell is suppressed by two tables, each with {@link Suppression}'s rule: the responses per group
 * (a group of too few respondents shows nothing at all) and, per point, the respondents per group who gave
 * the point a scored answer (a group where only two people did not answer "Ved ikke" shows no share).
 * A cell hidden by either is hidden.
 *
 * <p>Split by unit, units are suppressed within their area, not across the organisation: the results split
 * by area show each area's total, and a unit hidden alone in its area would be that total minus its shown
 * units. The areas are suppressed across the organisation exactly as in the split by area, and in an area
 * hidden there at least one unit with answers is hidden (the smallest, if none is hidden already), so the
 * area cannot be added up from its units here. The units hidden in hidden areas then hold at least one
 * unit of k or more besides the hidden areas' other units, so they cannot be told apart by subtraction.
 */
public final class WaveFigures {

    private final SurveyDefinition definition;
    private final Organisation organisation;
    private final Grouping grouping;
    private final Suppression suppression;

    public WaveFigures(SurveyDefinition definition, Organisation organisation, Grouping grouping) {
        this.definition = definition;
        this.organisation = organisation;
        this.grouping = grouping;
        this.suppression = new Suppression(organisation.minimumGroupSize());
    }

    /**
     * @param groups the groups to show, in order, also those nobody answered in; a group a respondent
     *               belongs to that is not listed is added at the end
     */
    public List<PointResult> results(List<String> groups, List<Respondent> respondents, List<ScoredAnswer> answers,
                                     List<IssuedCodes> codes) {
        Map<Long, String> groupOfResponse = respondents.stream()
            .collect(Collectors.toMap(Respondent::responseId, respondent -> grouping.groupOf(respondent, organisation)));
        List<String> allGroups = new ArrayList<>(new LinkedHashSet<>(groups));
        groupOfResponse.values().stream().distinct().filter(group -> !allGroups.contains(group)).sorted().forEach(allGroups::add);

        Map<String, Integer> responses = countPerGroup(allGroups, groupOfResponse.values().stream().toList());
        Optional<Map<String, Integer>> issued = codesPerGroup(allGroups, codes);

        List<PointResult> results = new ArrayList<>();
        for (String point : points()) {
            List<Question> questions = definition.questions().stream().filter(question -> point.equals(question.point())).toList();
            List<ScoredAnswer> pointAnswers = answersTo(questions, answers, groupOfResponse.keySet());
            Map<String, Integer> scoredRespondents = scoredRespondentsPerGroup(allGroups, pointAnswers, groupOfResponse);
            SuppressedTable<String> byResponses = suppress(responses);
            SuppressedTable<String> byPoint = suppress(scoredRespondents);

            // Each answer is put in its group once (in the answers' order), not looked for once per group.
            Map<String, List<ScoredAnswer>> answersPerGroup = new HashMap<>();
            pointAnswers.forEach(answer -> answersPerGroup.computeIfAbsent(groupOfResponse.get(answer.responseId()), g -> new ArrayList<>()).add(answer));
            List<GroupResult> cells = new ArrayList<>();
            for (String group : allGroups) {
                List<ScoredAnswer> ofGroup = answersPerGroup.getOrDefault(group, List.of());
                Optional<Suppression.Reason> hidden = byResponses.reason(group).or(() -> byPoint.reason(group));
                cells.add(hidden.map(reason -> GroupResult.hidden(group, reason)).orElseGet(() -> GroupResult.shown(group,
                    new GroupResult.Shown(responses.get(group), issued.map(codesOf -> OptionalInt.of(codesOf.get(group))).orElse(OptionalInt.empty()),
                        figures(questions, ofGroup), Optional.empty()))));
            }
            boolean totalHidden = byResponses.totalHidden() || byPoint.totalHidden();
            GroupResult total = totalHidden
                ? GroupResult.hidden(PointResult.TOTAL, Suppression.Reason.TOTAL_TOO_SMALL)
                : GroupResult.shown(PointResult.TOTAL, new GroupResult.Shown(byResponses.total(),
                    issued.map(codesOf -> OptionalInt.of(codesOf.values().stream().mapToInt(Integer::intValue).sum())).orElse(OptionalInt.empty()),
                    figures(questions, pointAnswers), Optional.empty()));
            results.add(new PointResult(point, cells, total));
        }
        return results;
    }

    private SuppressedTable<String> suppress(Map<String, Integer> nByGroup) {
        return grouping == Grouping.UNIT ? unitsWithinAreas(nByGroup) : suppression.apply(nByGroup);
    }

    private SuppressedTable<String> unitsWithinAreas(Map<String, Integer> nByUnit) {
        Map<String, Map<String, Integer>> unitsByArea = new LinkedHashMap<>();
        nByUnit.forEach((unit, n) -> unitsByArea.computeIfAbsent(Grouping.areaOf(unit, organisation),
            area -> new LinkedHashMap<>()).put(unit, n));
        Map<String, Integer> nByArea = new LinkedHashMap<>();
        unitsByArea.forEach((area, units) -> nByArea.put(area, units.values().stream().mapToInt(Integer::intValue).sum()));
        int total = nByArea.values().stream().mapToInt(Integer::intValue).sum();

        SuppressedTable<String> areas = suppression.apply(nByArea);
        Map<String, Suppression.Reason> hidden = new LinkedHashMap<>();
        if (areas.totalHidden()) {
            nByUnit.keySet().forEach(unit -> hidden.put(unit, Suppression.Reason.TOTAL_TOO_SMALL));
            return new SuppressedTable<>(total, true, hidden);
        }
        for (Map.Entry<String, Map<String, Integer>> area : unitsByArea.entrySet()) {
            SuppressedTable<String> units = suppression.apply(area.getValue());
            hidden.putAll(units.hidden());
            if (areas.isHidden(area.getKey()) && units.hidden().isEmpty()) {
                smallestWithAnswers(area.getValue()).ifPresent(unit -> hidden.put(unit, Suppression.Reason.COMPLEMENTARY));
            }
        }
        return new SuppressedTable<>(total, false, hidden);
    }

    private static Optional<String> smallestWithAnswers(Map<String, Integer> nByUnit) {
        return nByUnit.entrySet().stream().filter(unit -> unit.getValue() > 0)
            .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The measurement points the survey's scored questions feed, in question order. */
    private List<String> points() {
        return definition.questions().stream()
            .filter(question -> question.type() != null && question.type().isScored() && question.point() != null)
            .map(Question::point).distinct().toList();
    }

    private static List<ScoredAnswer> answersTo(List<Question> questions, List<ScoredAnswer> answers, Set<Long> visibleResponses) {
        Set<String> keys = questions.stream().map(Question::key).collect(Collectors.toSet());
        return answers.stream().filter(answer -> keys.contains(answer.questionKey()) && visibleResponses.contains(answer.responseId())).toList();
    }

    /** A point's figures respondent by respondent, see {@link ScaleFigures#ofRespondents}. */
    static ScaleFigures figures(List<Question> questions, List<ScoredAnswer> answers) {
        Map<String, Scale> scaleOf = new LinkedHashMap<>();
        questions.forEach(question -> scaleOf.put(question.key(), question.type().scale().orElseThrow()));
        Map<Long, List<ScaleFigures.Answer>> perRespondent = new LinkedHashMap<>();
        answers.stream().filter(answer -> scaleOf.containsKey(answer.questionKey())).forEach(answer -> perRespondent
            .computeIfAbsent(answer.responseId(), id -> new ArrayList<>())
            .add(new ScaleFigures.Answer(scaleOf.get(answer.questionKey()), answer.value())));
        return ScaleFigures.ofRespondents(List.copyOf(scaleOf.values()), perRespondent.values());
    }

    private static Map<String, Integer> countPerGroup(List<String> groups, List<String> groupOfEach) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        groups.forEach(group -> counts.put(group, 0));
        groupOfEach.forEach(group -> counts.merge(group, 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> scoredRespondentsPerGroup(List<String> groups, List<ScoredAnswer> answers, Map<Long, String> groupOfResponse) {
        Set<Long> scored = new HashSet<>();
        answers.stream().filter(answer -> !DontKnow.VALUE.equals(answer.value())).forEach(answer -> scored.add(answer.responseId()));
        return countPerGroup(groups, scored.stream().map(groupOfResponse::get).toList());
    }

    private Optional<Map<String, Integer>> codesPerGroup(List<String> groups, List<IssuedCodes> codes) {
        if (!grouping.hasResponseRate()) {
            return Optional.empty();
        }
        Map<String, Integer> issued = new HashMap<>();
        groups.forEach(group -> issued.put(group, 0));
        codes.forEach(batch -> grouping.groupOf(batch, organisation).ifPresent(group -> issued.merge(group, batch.count(), Integer::sum)));
        issued.keySet().retainAll(groups);
        return Optional.of(issued);
    }
}
