package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.Scale;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A wave's respondents tallied per {@link WaveAnswers.Leaf} for the points of one survey definition: the responses
 * of each leaf, and each point's {@link ScaleFigures.Tally} per leaf. The figures of any group are the sum of its
 * leaves', so a table is made of a few hundred tallies, however many respondents there are.
 */
final class LeafTallies {

    private final List<WaveAnswers.Leaf> leaves;
    private final int[] responses;
    private final Map<String, Point> perPoint;

    /** One point's tally per leaf, and the scales of its questions, which an empty sum starts from. */
    record Point(List<Scale> scales, ScaleFigures.Tally[] perLeaf) {
    }

    LeafTallies(List<WaveAnswers.Leaf> leaves, int[] responses, Map<String, Point> perPoint) {
        this.leaves = List.copyOf(leaves);
        this.responses = responses;
        this.perPoint = perPoint;
    }

    List<WaveAnswers.Leaf> leaves() {
        return leaves;
    }

    /** The points of the definition, in question order. */
    List<String> points() {
        return List.copyOf(perPoint.keySet());
    }

    int responses(int leaf) {
        return responses[leaf];
    }

    int responses(BitSet leavesOfGroup) {
        return leavesOfGroup.stream().map(leaf -> responses[leaf]).sum();
    }

    /** The respondents of a leaf who gave the point at least one scored answer. */
    int scored(String point, int leaf) {
        return perPoint.get(point).perLeaf()[leaf].n();
    }

    int scored(String point, BitSet leavesOfGroup) {
        return leavesOfGroup.stream().map(leaf -> scored(point, leaf)).sum();
    }

    /** The figures of the point for the respondents of these leaves. */
    ScaleFigures figures(String point, BitSet leavesOfGroup) {
        Point tallied = perPoint.get(point);
        ScaleFigures.Tally sum = new ScaleFigures.Tally(tallied.scales());
        leavesOfGroup.stream().forEach(leaf -> sum.add(tallied.perLeaf()[leaf]));
        return sum.figures();
    }
}
