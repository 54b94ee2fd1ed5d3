package dk.borgerstemme.deploy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstallNotesTest {

    @Test
    void afterADevelopmentInstallTheNotesSayWhereBorgerstemmeAnswersAndWarnAboutTheEvaluationDatabaseAndDemoUsers() {
        String notes = HelmChart.installNotes(HelmChart.DEVELOPMENT_VALUES);

        assertThat(notes)
            .contains("kubectl --namespace borgerstemme rollout status deployment/borgerstemme-gateway")
            .contains("Borgerstemme answers at https://borgerstemme.dev.example.org/")
            .contains("MySQL runs inside the release")
            .contains("The \"demo\" environment is on");
    }

    @Test
    void afterAProductionInstallTheNotesHaveNothingToWarnAbout() {
        String notes = HelmChart.installNotes(HelmChart.PRODUCTION_VALUES);

        assertThat(notes)
            .contains("Borgerstemme answers at https://borgerstemme.example.org/")
            .doesNotContain("NOTE:")
            .doesNotContain("WARNING:");
    }
}
