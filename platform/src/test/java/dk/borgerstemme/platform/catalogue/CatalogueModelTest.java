package dk.borgerstemme.platform.catalogue;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueModelTest {

    private static final LocalizedText BOTH = new LocalizedText("Pårørende", "Relative");

    @Test
    void aTextIsEnglishForAnEnglishReaderAndDanishForEveryoneElse() {
        assertThat(BOTH.in(Locale.ENGLISH)).isEqualTo("Relative");
        assertThat(BOTH.in(Locale.UK)).isEqualTo("Relative");
        assertThat(BOTH.in(Locale.forLanguageTag("da"))).isEqualTo("Pårørende");
        assertThat(BOTH.in(Locale.GERMAN)).isEqualTo("Pårørende");
        assertThat(BOTH.in(null)).isEqualTo("Pårørende");
    }

    @Test
    void anEnglishReaderGetsDanishWhenThereIsNoEnglish() {
        assertThat(LocalizedText.danish("Bostedet Skovly").in(Locale.ENGLISH)).isEqualTo("Bostedet Skovly");
        assertThat(new LocalizedText("Bostedet Skovly", " ").in(Locale.ENGLISH)).isEqualTo("Bostedet Skovly");
    }

    @Test
    void requiringAnOrganisationThatDoesNotExistSaysWhichOne() {
        Catalogue catalogue = Catalogue.of(OrganisationFixture.routedBy("klageenheden"));

        assertThat(catalogue.find("testby")).isPresent();
        assertThat(catalogue.find("roskilde")).isEmpty();
        assertThatThrownBy(() -> catalogue.require("roskilde"))
            .isInstanceOf(UnknownOrganisationException.class)
            .hasMessage("No organisation is called roskilde");
    }

    @Test
    void twoOrganisationsCannotShareAShortName() {
        Organisation testby = OrganisationFixture.routedBy("klageenheden");

        assertThatThrownBy(() -> Catalogue.of(testby, testby)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDeadlinesDefaultToWhatTheLawAndCommonPracticeSay() {
        assertThat(Deadlines.DEFAULT).isEqualTo(new Deadlines(2, 10, 7, 4));
    }
}
