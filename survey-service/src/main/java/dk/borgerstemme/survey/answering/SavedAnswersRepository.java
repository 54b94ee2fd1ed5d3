package dk.borgerstemme.survey.answering;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SavedAnswersRepository extends CrudRepository<SavedAnswers, String> {

    /** Keeps the answers, replacing earlier ones of the code: one statement where a check and a write were two. */
    @Query("""
        INSERT INTO saved_answers (code, answers, saved_on) VALUES (:code, :answers, :savedOn)
        ON DUPLICATE KEY UPDATE answers = :answers, saved_on = :savedOn""")
    void keep(String code, String answers, LocalDate savedOn);
}
