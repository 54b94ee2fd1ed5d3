package dk.borgerstemme.survey.wave;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/** The stored surveys and their versions. */
public final class SurveyRepositories {

    private SurveyRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Surveys extends CrudRepository<SurveyRow, Long> {
        boolean existsByOrganisation(String organisation);

        Optional<SurveyRow> findByOrganisationAndSlug(String organisation, String slug);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Versions extends CrudRepository<SurveyVersionRow, Long> {

        @Query("SELECT * FROM survey_version WHERE survey_id = :surveyId AND published_on IS NOT NULL ORDER BY number DESC LIMIT 1")
        Optional<SurveyVersionRow> latestPublished(Long surveyId);

        @Query("SELECT COALESCE(MAX(number), 0) FROM survey_version WHERE survey_id = :surveyId")
        int highestNumber(Long surveyId);
    }
}
