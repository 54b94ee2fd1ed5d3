package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.SurveyDefinition;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of each scored question of one wave, one cell per question for a staff member's scope: the whole
 * organisation, one unit, or a unit leader's own units together.
 *
 * <p>Suppression reuses the rules of the results split by unit. Each question is figured as if it were a
 * measurement point of its own and split by unit with {@link WaveFigures} (units within their areas, areas across
 * the organisation, complementary hiding), so a question's cells of the whole organisation and of every unit can
 * be asked for one by one and still not be subtracted from each other to find a hidden unit. On top of that a
 * question's cell is hidden wherever its measurement point's cell of the same group is hidden in the results:
 * hiding more cells never gives more away, and the question table then tells nothing the point's table hides.
 * A cell of several units (a unit leader's own units) is shown only when each of those units with responses is
 * shown, so it is a sum of shown cells and a leader cannot subtract their way from it to another unit.
 */
final class QuestionFigures {

    /** One question's cell: hidden with why, or its figures. */
    record Cell(Question question, Optional<Suppression.Reason> hidden, Optional<ScaleFigures> figures) {
    }

    private final LeafTallies questionTallies;
    private final Map<String, PointResult> pointTable;
    private final Map<String, PointResult> questionTable;
    private final List<Question> scored;

    QuestionFigures(Organisation organisation, WaveRows wave) {
        this.scored = wave.definition().questions().stream().filter(QuestionFigures::feedsAPoint).toList();
        this.questionTallies = wave.answers().tally(eachQuestionItsOwnPoint(wave.definition(), scored));
        WaveFigures byUnit = new WaveFigures(organisation, Grouping.UNIT);
        this.pointTable = byPoint(byUnit.results(wave.units(), wave.answers().tally(wave.definition()), wave.issuedCodes()));
        this.questionTable = byPoint(byUnit.results(wave.units(), questionTallies, wave.issuedCodes()));
    }

    /** The scored questions feeding a measurement point, in question order; only those of {@code point} when given. */
    List<Question> questions(Optional<String> point) {
        return scored.stream().filter(question -> point.map(question.point()::equals).orElse(true)).toList();
    }

    /** The question's cell for the scope: the organisation's total, or the units the scope covers. */
    Cell cell(Question question, ResultScope scope) {
        PointResult ofQuestion = questionTable.get(question.key());
        PointResult ofPoint = pointTable.get(question.point());
        if (scope.wholeOrganisation()) {
            Optional<Suppression.Reason> hidden = ofQuestion.total().suppressedBecause()
                .or(() -> ofPoint.total().suppressedBecause().map(reason -> Suppression.Reason.HIDDEN_IN_WIDER_TABLE));
            return hidden.map(reason -> new Cell(question, Optional.of(reason), Optional.<ScaleFigures>empty()))
                .orElseGet(() -> new Cell(question, Optional.empty(), ofQuestion.total().shown().map(GroupResult.Shown::figures)));
        }
        List<GroupResult> covered = ofQuestion.groups().stream().filter(cell -> scope.coversUnit().test(cell.group())).toList();
        Set<String> answeredIn = questionTallies.leaves().stream().map(WaveAnswers.Leaf::unit).collect(Collectors.toSet());
        for (GroupResult unit : covered) {
            if (!answeredIn.contains(unit.group())) {
                continue;
            }
            Optional<Suppression.Reason> hidden = unit.suppressedBecause()
                .or(() -> cellOf(ofPoint, unit.group()).flatMap(GroupResult::suppressedBecause).map(reason -> Suppression.Reason.HIDDEN_IN_WIDER_TABLE));
            if (hidden.isPresent()) {
                return new Cell(question, Optional.of(covered.size() == 1 ? hidden.get() : Suppression.Reason.HIDDEN_IN_WIDER_TABLE), Optional.empty());
            }
        }
        if (covered.size() == 1) {
            return new Cell(question, Optional.empty(), covered.get(0).shown().map(GroupResult.Shown::figures));
        }
        BitSet inScope = new BitSet();
        List<WaveAnswers.Leaf> leaves = questionTallies.leaves();
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            inScope.set(leaf, scope.coversUnit().test(leaves.get(leaf).unit()));
        }
        return new Cell(question, Optional.empty(), Optional.of(questionTallies.figures(question.key(), inScope)));
    }

    private static Optional<GroupResult> cellOf(PointResult point, String group) {
        return point.groups().stream().filter(cell -> cell.group().equals(group)).findFirst();
    }

    /** The survey with each scored question feeding a point named by its own key, to figure and suppress it alone. */
    private static SurveyDefinition eachQuestionItsOwnPoint(SurveyDefinition survey, List<Question> scored) {
        List<Question> alone = new ArrayList<>();
        for (Question question : scored) {
            alone.add(new Question(question.key(), question.type(), question.text(), question.easyRead(), question.help(), question.required(),
                question.offersDontKnow(), question.key(), question.choices(), question.maxLength(), question.showIf(), question.image(),
                question.labels()));
        }
        return new SurveyDefinition(survey.id(), survey.kind(), survey.title(), survey.intro(), survey.minutes(), survey.framework(),
            survey.respondentRoles(), survey.allowsThreeStepScales(), alone);
    }

    static boolean feedsAPoint(Question question) {
        return question.type() != null && question.type().isScored() && question.point() != null;
    }

    private static Map<String, PointResult> byPoint(List<PointResult> points) {
        return points.stream().collect(Collectors.toMap(PointResult::point, Function.identity(), (first, second) -> first, LinkedHashMap::new));
    }
}
