package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The steps of a scored question type, in the order they are shown, each with the value stored and a
 * text label. Positive steps: the top two of the 5-step and 0–10 scales (so 9 and 10), the top step of
 * a 3-step scale, and "ja". The 3-step variants of the 5-step scales store 5-step values (1, 3, 5), so
 * an answer given on three steps is measured on the same scale as one given on five.
 */
@Serdeable
public record Scale(String id, List<ScaleStep> steps) {

    public static final Scale SMILEY_5 = new Scale("smiley-5", List.of(
        step("1", "Meget utilfreds", "Very dissatisfied", Face.VERY_UNHAPPY, false),
        step("2", "Utilfreds", "Dissatisfied", Face.UNHAPPY, false),
        step("3", "Hverken tilfreds eller utilfreds", "Neither satisfied nor dissatisfied", Face.NEUTRAL, false),
        step("4", "Tilfreds", "Satisfied", Face.HAPPY, true),
        step("5", "Meget tilfreds", "Very satisfied", Face.VERY_HAPPY, true)));

    public static final Scale SMILEY_3 = new Scale("smiley-3", List.of(
        step("1", "Utilfreds", "Dissatisfied", Face.UNHAPPY, false),
        step("2", "Midt imellem", "In between", Face.NEUTRAL, false),
        step("3", "Tilfreds", "Satisfied", Face.HAPPY, true)));

    public static final Scale AGREEMENT_5 = new Scale("agreement-5", List.of(
        step("1", "Helt uenig", "Strongly disagree", null, false),
        step("2", "Uenig", "Disagree", null, false),
        step("3", "Hverken enig eller uenig", "Neither agree nor disagree", null, false),
        step("4", "Enig", "Agree", null, true),
        step("5", "Helt enig", "Strongly agree", null, true)));

    public static final Scale YES_NO = new Scale("yes-no", List.of(
        step("1", "Ja", "Yes", null, true),
        step("0", "Nej", "No", null, false)));

    public static final Scale ZERO_TO_TEN = new Scale("scale-0-10", zeroToTen());

    public static final Scale SMILEY_5_IN_THREE_STEPS = threeStepsOf(SMILEY_5, "smiley-5-in-3-steps",
        step(null, "Utilfreds", "Dissatisfied", Face.UNHAPPY, false),
        step(null, "Midt imellem", "In between", Face.NEUTRAL, false),
        step(null, "Tilfreds", "Satisfied", Face.HAPPY, true));

    public static final Scale AGREEMENT_5_IN_THREE_STEPS = threeStepsOf(AGREEMENT_5, "agreement-5-in-3-steps",
        step(null, "Uenig", "Disagree", null, false),
        step(null, "Midt imellem", "In between", null, false),
        step(null, "Enig", "Agree", null, true));

    public Scale {
        steps = List.copyOf(steps);
    }

    /**
     * The 5-step value a 3-step answer is stored as: 1 → 1, 2 → 3, 3 → 5. Bottom and top keep their
     * meaning and the middle stays neutral, so the share positive (top step of three, top two of five)
     * and the mean stay on one measurement.
     */
    public static int fiveStepValueOfThreeStep(int threeStep) {
        if (threeStep < 1 || threeStep > 3) {
            throw new IllegalArgumentException("A 3-step answer is 1, 2 or 3, was " + threeStep);
        }
        return 2 * threeStep - 1;
    }

    public List<String> values() {
        return steps.stream().map(ScaleStep::value).toList();
    }

    public Optional<ScaleStep> step(String value) {
        return steps.stream().filter(step -> step.value().equals(value)).findFirst();
    }

    /** Whether a stored answer counts as positive; "Ved ikke" and unknown values never do. */
    public boolean isPositive(String storedValue) {
        return step(storedValue).map(ScaleStep::positive).orElse(false);
    }

    /** The number a stored answer adds to a mean; empty for "Ved ikke", which is never scored. */
    public OptionalInt score(String storedValue) {
        return step(storedValue).map(step -> OptionalInt.of(step.score())).orElse(OptionalInt.empty());
    }

    private static Scale threeStepsOf(Scale fiveSteps, String id, ScaleStep... threeSteps) {
        List<ScaleStep> steps = new ArrayList<>();
        for (int i = 0; i < threeSteps.length; i++) {
            ScaleStep step = threeSteps[i];
            String value = String.valueOf(fiveStepValueOfThreeStep(i + 1));
            if (fiveSteps.isPositive(value) != step.positive()) {
                throw new IllegalStateException(id + " step " + (i + 1) + " disagrees with " + fiveSteps.id() + " on being positive");
            }
            steps.add(new ScaleStep(value, step.label(), step.face(), step.positive()));
        }
        return new Scale(id, steps);
    }

    private static List<ScaleStep> zeroToTen() {
        return IntStream.rangeClosed(0, 10).mapToObj(number -> {
            String value = String.valueOf(number);
            boolean positive = number >= 9;
            if (number == 0) {
                return step(value, "0 – Slet ikke", "0 – Not at all", null, false);
            }
            if (number == 10) {
                return step(value, "10 – I meget høj grad", "10 – To a very great extent", null, positive);
            }
            return step(value, value, value, null, positive);
        }).toList();
    }

    private static ScaleStep step(String value, String da, String en, Face face, boolean positive) {
        return new ScaleStep(value, new LocalizedText(da, en), face, positive);
    }
}
