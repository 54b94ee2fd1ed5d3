package dk.borgerstemme.survey.answering;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SavedAnswersRepository extends CrudRepository<SavedAnswers, String> {
}
