package dk.borgerstemme.gateway.insight.halfyear;

import dk.borgerstemme.gateway.insight.PointDetail;
import dk.borgerstemme.gateway.insight.Texts;
import dk.borgerstemme.gateway.insight.services.ComplaintFigures;
import dk.borgerstemme.platform.catalogue.CatalogueLoader;
import dk.borgerstemme.platform.catalogue.CatalogueSource;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complainants' rating of the complaint handling in the half-year status: value with its interval and n, hidden
 * when too few answered, and plainly "not available" when survey-service did not answer the complaint service.
 */
class ComplaintSectionRatingTest {

    private static final Organisation SLAGELSE = CatalogueLoader.load(CatalogueSource.classpath()).require("slagelse");

    @Test
    void theRatingIsShownWithItsIntervalAndNForTheTotalAndEachArea() {
        ComplaintFigures figures = figures(
            new ComplaintFigures.HandlingRating(false, 21, 0.690476, 0.48, 0.84),
            new ComplaintFigures.HandlingRating(true, null, null, null, null), List.of());

        List<List<String>> rows = table(danish(), figures, "complaints-rating").rows();

        assertThat(rows).containsExactly(
            List.of("I alt", "69 %", "48 %–84 %", "21"),
            List.of("Socialpsykiatrien", "Skjult: færre end 5 klagere har svaret, så ingen kan genkendes.", "–", "–"));
        assertThat(table(danish(), figures, "complaints-other").rows())
            .contains(List.of("Klagernes vurdering af behandlingen (andel positive)", "69 % (95 %-interval 48 %–84 %, n = 21)"));
    }

    @Test
    void whenSurveyServiceDidNotAnswerTheRatingSaysSoAndNothingElseIsLost() {
        ComplaintFigures figures = figures(null, null, List.of(new ComplaintFigures.Missing("handlingRating",
            ComplaintFigures.RATING_SURVEY_SERVICE_UNAVAILABLE, "…")));

        assertThat(table(danish(), figures, "complaints-rating").rows().get(0))
            .containsExactly("I alt", "Ikke tilgængelig: undersøgelsestjenesten (survey-service) svarede ikke.", "–", "–");
        assertThat(table(english(), figures, "complaints-rating").rows().get(0).get(1))
            .isEqualTo("Not available: the survey service (survey-service) did not answer.");
        assertThat(table(danish(), figures, "complaints-counts").rows().get(0)).contains("30");
    }

    @Test
    void noAnswersYetIsNotConfusedWithHidden() {
        ComplaintFigures figures = figures(new ComplaintFigures.HandlingRating(false, 0, null, null, null), null, List.of());

        assertThat(table(english(), figures, "complaints-rating").rows().get(0).get(1)).isEqualTo("No complainant has answered yet.");
    }

    private static ComplaintFigures figures(ComplaintFigures.HandlingRating total, ComplaintFigures.HandlingRating area,
                                            List<ComplaintFigures.Missing> missing) {
        return new ComplaintFigures("slagelse", "2026H1", null, null, "2025H2", true, null, "area", 5, null,
            List.of(group("socialpsykiatrien", area)), group("total", total), "2026H1", missing);
    }

    private static ComplaintFigures.Group group(String id, ComplaintFigures.HandlingRating rating) {
        return new ComplaintFigures.Group(id, null, false, 1000, 40, new ComplaintFigures.Counts(30, 8, 2), List.of(), 3.0, null, null,
            null, null, null, null, null, null, null, null, null, rating);
    }

    private static PointDetail.Breakdown table(Texts texts, ComplaintFigures figures, String id) {
        return new ComplaintSection(texts, SLAGELSE).tables(figures).stream().filter(table -> table.id().equals(id)).findFirst().orElseThrow();
    }

    private static Texts danish() {
        return new Texts(new ResourceBundleMessageSource("i18n.insight"), Locale.forLanguageTag("da"));
    }

    private static Texts english() {
        return new Texts(new ResourceBundleMessageSource("i18n.insight"), Locale.ENGLISH);
    }
}
