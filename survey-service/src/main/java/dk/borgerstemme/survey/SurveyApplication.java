package dk.borgerstemme.survey;

import dk.borgerstemme.platform.db.DataServiceLauncher;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
    title = "Borgerstemme survey service",
    version = "1",
    description = "Surveys, waves, invitations and survey results. Staff calls need the gateway's token."))
public final class SurveyApplication {

    private SurveyApplication() {
    }

    public static void main(String[] args) {
        DataServiceLauncher.run(SurveyApplication.class, "survey-service", "survey", args);
    }
}
