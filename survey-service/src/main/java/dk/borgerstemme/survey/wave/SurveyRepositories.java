package dk.borgerstemme.survey.wave;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The stored surveys and their versions. */
public final class SurveyRepositories {

    private SurveyRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Surveys extends CrudRepository<SurveyRow, Long> {
        boolean existsByOrganisation(String organisation);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Versions extends CrudRepository<SurveyVersionRow, Long> {
    }
}
