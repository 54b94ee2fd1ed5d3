package dk.borgerstemme.survey.answering;

import dk.borgerstemme.survey.definition.ScoredAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;

/** The anonymous response and its answers, as stored. */
final class Responses {

    private Responses() {
    }

    /** {@code scored} is the scored part of the answers as results read it ({@link ScoredAnswers}). */
    @MappedEntity("response")
    record Response(@Id @GeneratedValue Long id, Long waveId, String unit, String role, String answeredHow, LocalDate submittedOn,
                    byte @Nullable [] scored) {
    }

    @MappedEntity("answer")
    record Answer(@Id @GeneratedValue Long id, Long responseId, String questionKey, @Nullable Integer step, boolean dontKnow,
                  @Nullable String choice, @Nullable String text) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ResponseRepository extends CrudRepository<Response, Long> {
        long countByWaveId(Long waveId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface AnswerRepository extends CrudRepository<Answer, Long> {
        long countByResponseId(Long responseId);
    }
}
