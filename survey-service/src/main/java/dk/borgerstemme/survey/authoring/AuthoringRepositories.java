package dk.borgerstemme.survey.authoring;

import dk.borgerstemme.survey.wave.SurveyRow;
import dk.borgerstemme.survey.wave.SurveyVersionRow;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** The queries authoring needs on the stored surveys and their versions (tables of migration V1 and V2). */
final class AuthoringRepositories {

    private AuthoringRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Surveys extends CrudRepository<SurveyRow, Long> {

        List<SurveyRow> findByOrganisationOrderBySlug(String organisation);

        Optional<SurveyRow> findByOrganisationAndSlug(String organisation, String slug);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Versions extends CrudRepository<SurveyVersionRow, Long> {

        List<SurveyVersionRow> findBySurveyIdOrderByNumber(Long surveyId);
    }
}
