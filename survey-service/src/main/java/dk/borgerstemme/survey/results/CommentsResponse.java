package dk.borgerstemme.survey.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The free-text comments of a wave per question and unit, for analysts only. {@code warning} says, in the
 * request's language, that comments may hold personal data. A unit with fewer responses than the minimum
 * group size has {@code suppressed: true} and no comments. Comments are sorted by text and carry nothing that
 * links them to a response or to each other.
 */
@Serdeable
record CommentsResponse(long wave, String waveName, int minimumGroupSize, String warning, List<Question> questions) {

    @Serdeable
    record Question(String question, String text, List<Unit> units) {
    }

    @Serdeable
    record Unit(String unit, boolean suppressed, @Nullable List<String> comments) {
    }
}
