package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.complaint.handling.CaseScope;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import dk.borgerstemme.platform.web.ProblemJson;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The staff start page's counts of the signed-in staff member's open cases (the portal's contract, section 2). */
@Controller
@Secured({Roles.ADMIN, Roles.UNIT_LEADER, Roles.CASEWORKER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Figures")
class WorkloadController {

    private final Catalogue catalogue;
    private final Workload workload;
    private final Clock clock;

    WorkloadController(Catalogue catalogue, Workload workload, Clock clock) {
        this.catalogue = catalogue;
        this.workload = workload;
        this.clock = clock;
    }

    @Get("/api/complaints/{org}/workload")
    @Operation(summary = "The caller's open cases: unacknowledged, overdue, due soon and safety concerns, in the queue's scope")
    @ApiResponse(responseCode = "403", description = "Another organisation, or a role that handles no complaints")
    HttpResponse<?> workload(String org, Authentication authentication) {
        Organisation organisation = catalogue.require(org);
        Staff staff = Staff.of(authentication);
        Optional<CaseScope> scope = CaseScope.of(staff, org);
        if (scope.isEmpty()) {
            return forbidden();
        }
        return HttpResponse.ok(workload.count(organisation, scope.get(), staff, LocalDate.now(clock)));
    }

    private static MutableHttpResponse<?> forbidden() {
        return ProblemJson.response(HttpStatus.FORBIDDEN, ProblemJson.of(HttpStatus.FORBIDDEN));
    }
}
