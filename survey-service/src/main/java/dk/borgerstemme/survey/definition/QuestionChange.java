package dk.borgerstemme.survey.definition;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A question kept from one version to the next (same key) whose content changed, and how. */
@Serdeable
public record QuestionChange(String key, Set<QuestionAspect> aspects) {

    public QuestionChange {
        aspects = aspects.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(aspects));
    }

    /** Whether answers before and after can be compared as the same question. */
    public boolean comparable() {
        return aspects.stream().allMatch(QuestionAspect::keepsComparison);
    }
}
