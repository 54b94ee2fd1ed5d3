package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A part of a question that can change between versions, and whether results before and after the
 * change can still be compared like for like. What the question asks, how it is answered, what it
 * feeds and who sees it break the comparison; how it is explained and presented does not.
 */
@Serdeable
public enum QuestionAspect {
    TYPE(false),
    TEXT(false),
    CHOICES(false),
    POINT(false),
    SHOW_IF(false),
    DONT_KNOW(false),
    STEP_LABELS(false),
    EASY_READ(true),
    HELP(true),
    IMAGE(true),
    REQUIRED(true),
    MAX_LENGTH(true);

    private final boolean keepsComparison;

    QuestionAspect(boolean keepsComparison) {
        this.keepsComparison = keepsComparison;
    }

    public boolean keepsComparison() {
        return keepsComparison;
    }
}
