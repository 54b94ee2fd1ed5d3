package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.CatalogueLoader;
import dk.borgerstemme.platform.catalogue.CatalogueSource;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provides the shipped surveys. They are checked against the shipped framework templates they were
 * written for, not against the running catalogue: an organisation may replace a template, and then a
 * default survey fits it or not, which the code that fields a survey for that organisation checks with
 * {@code SurveyDefinitionCheck.against(catalogue)}.
 */
@Factory
final class DefaultSurveysFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultSurveysFactory.class);

    @Singleton
    DefaultSurveys defaultSurveys() {
        DefaultSurveys surveys = DefaultSurveys.load(SurveyDefinitionCheck.against(CatalogueLoader.load(CatalogueSource.classpath())));
        surveys.warnings().forEach(warning -> LOG.warn("Shipped survey: {}", warning));
        return surveys;
    }
}
