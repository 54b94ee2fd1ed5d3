package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of answer a question asks for. The scored types have a {@link Scale}: they are tagged with
 * a measurement point and may offer "Ved ikke". The {@code id} is how a survey file names the type.
 */
@Serdeable
public enum QuestionType {
    SMILEY_3("smiley-3", Scale.SMILEY_3, null),
    SMILEY_5("smiley-5", Scale.SMILEY_5, Scale.SMILEY_5_IN_THREE_STEPS),
    AGREEMENT_5("agreement-5", Scale.AGREEMENT_5, Scale.AGREEMENT_5_IN_THREE_STEPS),
    YES_NO("yes-no", Scale.YES_NO, null),
    SCALE_0_10("scale-0-10", Scale.ZERO_TO_TEN, null),
    SINGLE_CHOICE("single-choice", null, null),
    MULTIPLE_CHOICE("multiple-choice", null, null),
    FREE_TEXT("free-text", null, null);

    private final String id;
    private final Scale scale;
    private final Scale threeStepVariant;

    QuestionType(String id, Scale scale, Scale threeStepVariant) {
        this.id = id;
        this.scale = scale;
        this.threeStepVariant = threeStepVariant;
    }

    public String id() {
        return id;
    }

    public static Optional<QuestionType> fromId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }

    /** Scored types feed a measurement point: share positive, mean and distribution. */
    public boolean isScored() {
        return scale != null;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean allowsSeveralAnswers() {
        return this == MULTIPLE_CHOICE;
    }

    /** The full scale of a scored type; empty for choices and free text. */
    public Optional<Scale> scale() {
        return Optional.ofNullable(scale);
    }

    /** The 3-step variant of a 5-step scale, for respondents who choose fewer steps; empty for other types. */
    public Optional<Scale> threeStepVariant() {
        return Optional.ofNullable(threeStepVariant);
    }
}
