package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.CatalogueLoader;
import dk.borgerstemme.platform.catalogue.CatalogueSource;
import dk.borgerstemme.platform.catalogue.Framework;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefaultSurveysTest {

    private static final List<String> CITIZEN_SURVEYS = List.of("brugertilfredshed-slagelse", "brugertilfredshed-midtjylland", "brugertilfredshed-horsens");

    private static Catalogue shippedCatalogue;
    private static DefaultSurveys surveys;

    @BeforeAll
    static void loadTheShippedSurveys() {
        shippedCatalogue = CatalogueLoader.load(CatalogueSource.classpath());
        surveys = DefaultSurveys.load(SurveyDefinitionCheck.against(shippedCatalogue));
    }

    @Test
    void everyShippedSurveyLoadsAndPassesTheCheckWithNothingToWarnAbout() {
        assertThat(surveys.warnings()).isEmpty();
        assertThat(surveys.all()).allSatisfy(survey -> {
            CheckReport report = SurveyDefinitionCheck.against(shippedCatalogue).check(survey);
            assertThat(report.errors()).as(survey.id()).isEmpty();
            assertThat(report.warnings()).as(survey.id()).isEmpty();
        });
    }

    @Test
    void theBeanFactoryProvidesTheShippedSurveysCheckedAgainstTheShippedTemplates() {
        assertThat(new DefaultSurveysFactory().defaultSurveys().all()).isEqualTo(surveys.all());
    }

    @Test
    void theShippedSurveysAreABrugertilfredshedPerFrameworkOneForBuyingMunicipalitiesAndKlagebehandling() {
        assertThat(surveys.all()).extracting(SurveyDefinition::id).containsExactly(
            "brugertilfredshed-slagelse", "brugertilfredshed-midtjylland", "kommunetilfredshed-midtjylland",
            "brugertilfredshed-horsens", "klagebehandling");
    }

    @Test
    void everyShippedFrameworkTemplateHasACitizenSatisfactionSurvey() {
        assertThat(shippedCatalogue.frameworks()).extracting(Framework::id).allSatisfy(framework ->
            assertThat(surveys.forFramework(framework))
                .anySatisfy(survey -> {
                    assertThat(survey.kind()).isEqualTo(SurveyKind.SATISFACTION);
                    assertThat(survey.respondentRoles()).containsExactly("borger");
                }));
    }

    @Test
    void aCitizenSurveyAsksTenScoredQuestionsAndEndsWithAFreeText() {
        citizenSurveys().forEach(survey -> {
            assertThat(survey.questions()).as(survey.id()).hasSize(11);
            assertThat(survey.questions().stream().filter(question -> question.type().isScored())).as(survey.id()).hasSize(10);
            Question last = survey.questions().get(10);
            assertThat(last.type()).isEqualTo(QuestionType.FREE_TEXT);
            assertThat(last.text().da()).isEqualTo("Er der andet, du vil fortælle os?");
        });
    }

    @Test
    void aCitizenSurveyMixesSmileysAndAgreementAllowsThreeStepsAndOffersDontKnowOnEveryScale() {
        citizenSurveys().forEach(survey -> {
            assertThat(survey.allowsThreeStepScales()).as(survey.id()).isTrue();
            List<Question> scored = survey.questions().stream().filter(question -> question.type().isScored()).toList();
            assertThat(scored).extracting(Question::type).as(survey.id())
                .containsOnly(QuestionType.SMILEY_5, QuestionType.AGREEMENT_5)
                .contains(QuestionType.SMILEY_5, QuestionType.AGREEMENT_5);
            assertThat(scored).allSatisfy(question -> assertThat(question.offersDontKnow()).as(question.key()).isTrue());
        });
    }

    @Test
    void everyShippedQuestionHasAnEasyReadTextAndEnglish() {
        allQuestions().forEach(question -> {
            assertThat(question.easyRead()).as(question.key()).isNotNull();
            assertThat(question.easyRead().en()).as(question.key()).isNotBlank();
            assertThat(question.text().en()).as(question.key()).isNotBlank();
        });
    }

    @Test
    void nobodyIsForcedToAnswerAShippedQuestion() {
        allQuestions().forEach(question -> assertThat(question.required()).as(question.key()).isFalse());
    }

    @Test
    void everyScoredQuestionFeedsAPointItsFrameworkMarksAsFedBySurveys() {
        surveys.all().stream().filter(survey -> survey.framework() != null).forEach(survey -> {
            Framework framework = shippedCatalogue.framework(survey.framework()).orElseThrow();
            survey.questions().stream().filter(question -> question.type().isScored()).forEach(question ->
                assertThat(framework.point(question.point())).as(survey.id() + " " + question.key())
                    .hasValueSatisfying(point -> assertThat(point.fedBy(MeasurementPoint.SURVEY)).isTrue()));
        });
    }

    @Test
    void theSlagelseSurveyCoversEveryPointItsStrategyFeedsFromSurveys() {
        SurveyDefinition slagelse = surveys.find("brugertilfredshed-slagelse").orElseThrow();
        List<String> surveyPoints = shippedCatalogue.framework("slagelse-2024-2030").orElseThrow().points().stream()
            .filter(point -> point.fedBy(MeasurementPoint.SURVEY)).map(MeasurementPoint::id).toList();

        assertThat(slagelse.questions()).extracting(Question::point).containsAll(surveyPoints);
        assertThat(slagelse.question("set-som-menneske").orElseThrow().text().da()).contains("brik i systemet");
    }

    @Test
    void theSameQuestionKeepsTheSameKeyInEveryCitizenSurvey() {
        List<String> slagelse = keys("brugertilfredshed-slagelse");

        assertThat(keys("brugertilfredshed-midtjylland")).isEqualTo(slagelse);
        assertThat(keys("brugertilfredshed-horsens")).containsExactlyElementsOf(slagelse.stream()
            .map(key -> key.equals("digital-tilgaengelighed") ? "hjaelpen-goer-en-forskel" : key).toList());
    }

    @Test
    void theRegionsCitizenQuestionsAllFeedPerceivedCitizenSatisfaction() {
        assertThat(surveys.find("brugertilfredshed-midtjylland").orElseThrow().questions().stream()
            .filter(question -> question.type().isScored()).map(Question::point)).containsOnly("oplevet-borgertilfredshed");
    }

    @Test
    void theBuyingMunicipalitiesHaveTheirOwnSurveyFeedingThePreferredExternalChoice() {
        SurveyDefinition municipality = surveys.find("kommunetilfredshed-midtjylland").orElseThrow();

        assertThat(municipality.framework()).isEqualTo("region-midtjylland-maalbillede");
        assertThat(municipality.respondentRoles()).containsExactly("koebende-kommune");
        assertThat(municipality.questions().stream().filter(question -> question.type().isScored()).map(Question::point))
            .containsOnly("kommunernes-foretrukne-eksterne-valg");
        assertThat(municipality.questions()).extracting(Question::key).contains("aabent-samarbejde", "kvaliteten-af-indsatsen", "vaelger-igen");
        assertThat(municipality.question("vaelger-igen").orElseThrow().type()).isEqualTo(QuestionType.SCALE_0_10);
    }

    @Test
    void theComplaintHandlingSurveyIsShortTargetsNoFrameworkAndAsksWhetherTheComplainantWasHeard() {
        SurveyDefinition complaint = surveys.ofKind(SurveyKind.COMPLAINT_HANDLING).get(0);

        assertThat(complaint.id()).isEqualTo("klagebehandling");
        assertThat(complaint.framework()).isNull();
        assertThat(complaint.questions()).hasSizeBetween(4, 6);
        assertThat(complaint.questions()).extracting(Question::key)
            .contains("let-at-klage", "holdt-orienteret", "forstaaeligt-svar", "blev-hoert");
        assertThat(complaint.questions()).extracting(Question::point).containsOnlyNulls();
        assertThat(complaint.respondentRoles()).contains("borger", "paaroerende", "vaerge");
    }

    @Test
    void everyShippedFreeTextWarnsAgainstWritingNames() {
        allQuestions().filter(question -> question.type() == QuestionType.FREE_TEXT).forEach(question -> {
            assertThat(question.maxLength()).isEqualTo(1000);
            assertThat(question.help().da()).contains("navne");
        });
    }

    @Test
    void theIndexListsExactlyTheFilesInTheSurveysFolder() throws IOException {
        Path folder = Path.of("src", "main", "resources", "surveys");
        List<String> indexed = Files.readAllLines(folder.resolve("index.txt")).stream()
            .map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty()).sorted().toList();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yml")).sorted())
                .containsExactlyElementsOf(indexed);
        }
    }

    @Test
    void aShippedSurveyWithAnErrorStopsTheLoadAndEveryProblemIsListed() {
        String broken = """
            id: broken
            kind: satisfaction
            framework: test-framework
            title: {da: "Test", en: "Test"}
            intro: {da: "Test.", en: "Test."}
            minutes: 2
            respondentRoles: [borger]
            questions:
              - key: glad
                type: smiley-5
                text: {da: "Glad?", en: "Happy?"}
                easyRead: {da: "Glad?", en: "Happy?"}
              - key: andet
                type: free-text
                maxLength: 5000
                text: {da: "Andet?", en: "Anything else?"}
                easyRead: {da: "Andet?", en: "Else?"}
            """;
        ClassLoader files = new InMemoryResources(Map.of("surveys/index.txt", "broken.yml\n", "surveys/broken.yml", broken));

        assertThatThrownBy(() -> DefaultSurveys.load(files, "surveys", SurveyFixture.check()))
            .isInstanceOf(SurveyDefinitionException.class)
            .satisfies(thrown -> assertThat(((SurveyDefinitionException) thrown).problems()).containsExactly(
                "broken.yml: question.pointMissing: Question glad: a scored question must be tagged with a measurement point of test-framework",
                "broken.yml: question.maxLengthOutOfRange: Question andet: the maximum length must be 1 to 2000 characters, was 5000"));
    }

    @Test
    void anIndexThatNamesAMissingOrMisnamedFileIsAnError() {
        ClassLoader files = new InMemoryResources(Map.of("surveys/index.txt", "# shipped\nmangler.yml\nundermappe/x.yml\nnoter.txt\n"));

        assertThatThrownBy(() -> DefaultSurveys.load(files, "surveys", SurveyFixture.check()))
            .isInstanceOf(SurveyDefinitionException.class)
            .hasMessage(String.join("\n",
                "surveys/index.txt: line 3: must name a file in surveys/ ending in .yml, was undermappe/x.yml",
                "surveys/index.txt: line 4: must name a file in surveys/ ending in .yml, was noter.txt",
                "mangler.yml: (file): not found on the classpath at surveys/mangler.yml"));
    }

    @Test
    void aMissingIndexIsAnError() {
        assertThatThrownBy(() -> DefaultSurveys.load(new InMemoryResources(Map.of()), "surveys", SurveyFixture.check()))
            .hasMessage("surveys/index.txt: (file): not found on the classpath at surveys/index.txt");
    }

    @Test
    void aSurveyListedTwiceIsRefused() {
        String survey = SurveyDefinitionReaderTest.MINIMAL.replace("id: test", "id: dobbelt").replace("required: true", "required: false")
            .replace("text: Hvorfor?", "text: {da: \"Hvorfor?\", en: \"Why?\"}");
        ClassLoader files = new InMemoryResources(Map.of("surveys/index.txt", "dobbelt.yml\ndobbelt.yml\n", "surveys/dobbelt.yml", survey));

        assertThatThrownBy(() -> DefaultSurveys.load(files, "surveys", SurveyFixture.check()))
            .hasMessageContaining("dobbelt.yml: id: another file already has id dobbelt");
    }

    @Test
    void aSurveyFileMustBeUtf8SoDanishLettersSurvive() {
        ClassLoader files = new InMemoryResources(Map.of("surveys/index.txt", "latin.yml\n"),
            Map.of("surveys/latin.yml", "title: Hvad synes du om din hjælp?".getBytes(StandardCharsets.ISO_8859_1)));

        assertThatThrownBy(() -> DefaultSurveys.load(files, "surveys", SurveyFixture.check()))
            .hasMessage("latin.yml: (file): is not UTF-8 text");
    }

    private static Stream<SurveyDefinition> citizenSurveys() {
        return CITIZEN_SURVEYS.stream().map(id -> surveys.find(id).orElseThrow());
    }

    private static Stream<Question> allQuestions() {
        return surveys.all().stream().flatMap(survey -> survey.questions().stream());
    }

    private static List<String> keys(String surveyId) {
        return surveys.find(surveyId).orElseThrow().questions().stream().map(Question::key).toList();
    }

    /** A class loader whose resources are given in the test, since a jar's folder cannot be listed or faked otherwise. */
    private static final class InMemoryResources extends ClassLoader {

        private final Map<String, byte[]> resources = new HashMap<>();

        InMemoryResources(Map<String, String> texts) {
            this(texts, Map.of());
        }

        InMemoryResources(Map<String, String> texts, Map<String, byte[]> bytes) {
            super(null);
            texts.forEach((name, text) -> resources.put(name, text.getBytes(StandardCharsets.UTF_8)));
            resources.putAll(bytes);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] content = resources.get(name);
            return content == null ? null : new ByteArrayInputStream(content);
        }
    }
}
