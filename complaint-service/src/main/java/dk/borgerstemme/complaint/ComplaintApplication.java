package dk.borgerstemme.complaint;

import dk.borgerstemme.platform.db.DataServiceLauncher;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
    title = "Borgerstemme complaint service",
    version = "1",
    description = "Complaint intake, triage, routing, deadlines and figures. Staff calls need the gateway's token."))
public final class ComplaintApplication {

    private ComplaintApplication() {
    }

    public static void main(String[] args) {
        DataServiceLauncher.run(ComplaintApplication.class, "complaint-service", "complaint", args);
    }
}
