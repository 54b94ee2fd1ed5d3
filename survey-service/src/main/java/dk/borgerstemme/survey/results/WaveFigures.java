package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Organisation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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
final class WaveFigures {

    private final Organisation organisation;
    private final Grouping grouping;
    private final Suppression suppression;

    WaveFigures(Organisation organisation, Grouping grouping) {
        this.organisation = organisation;
        this.grouping = grouping;
        this.suppression = new Suppression(organisation.minimumGroupSize());
    }

    /**
     * @param groups the groups to show, in order, also those nobody answered in; a group a respondent
     *               belongs to that is not listed is added at the end
     * @param tallies the wave's respondents tallied for the points to figure
     */
    List<PointResult> results(List<String> groups, LeafTallies tallies, List<IssuedCodes> codes) {
        Map<String, BitSet> leavesOfGroup = new HashMap<>();
        List<WaveAnswers.Leaf> leaves = tallies.leaves();
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            leavesOfGroup.computeIfAbsent(grouping.groupOf(leaves.get(leaf), organisation), group -> new BitSet()).set(leaf);
        }
        List<String> allGroups = new ArrayList<>(new LinkedHashSet<>(groups));
        leavesOfGroup.keySet().stream().filter(group -> !allGroups.contains(group)).sorted().forEach(allGroups::add);
        BitSet everyone = new BitSet();
        everyone.set(0, leaves.size());

        Map<String, Integer> responses = new LinkedHashMap<>();
        allGroups.forEach(group -> responses.put(group, tallies.responses(leavesOf(leavesOfGroup, group))));
        Optional<Map<String, Integer>> issued = codesPerGroup(allGroups, codes);

        List<PointResult> results = new ArrayList<>();
        for (String point : tallies.points()) {
            Map<String, Integer> scoredRespondents = new LinkedHashMap<>();
            allGroups.forEach(group -> scoredRespondents.put(group, tallies.scored(point, leavesOf(leavesOfGroup, group))));
            SuppressedTable<String> byResponses = suppress(responses);
            SuppressedTable<String> byPoint = suppress(scoredRespondents);

            List<GroupResult> cells = new ArrayList<>();
            for (String group : allGroups) {
                Optional<Suppression.Reason> hidden = byResponses.reason(group).or(() -> byPoint.reason(group));
                cells.add(hidden.map(reason -> GroupResult.hidden(group, reason)).orElseGet(() -> GroupResult.shown(group,
                    new GroupResult.Shown(responses.get(group), issued.map(codesOf -> OptionalInt.of(codesOf.get(group))).orElse(OptionalInt.empty()),
                        tallies.figures(point, leavesOf(leavesOfGroup, group)), Optional.empty()))));
            }
            boolean totalHidden = byResponses.totalHidden() || byPoint.totalHidden();
            GroupResult total = totalHidden
                ? GroupResult.hidden(PointResult.TOTAL, Suppression.Reason.TOTAL_TOO_SMALL)
                : GroupResult.shown(PointResult.TOTAL, new GroupResult.Shown(byResponses.total(),
                    issued.map(codesOf -> OptionalInt.of(codesOf.values().stream().mapToInt(Integer::intValue).sum())).orElse(OptionalInt.empty()),
                    tallies.figures(point, everyone), Optional.empty()));
            results.add(new PointResult(point, cells, total));
        }
        return results;
    }

    private static BitSet leavesOf(Map<String, BitSet> leavesOfGroup, String group) {
        return leavesOfGroup.getOrDefault(group, new BitSet());
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
