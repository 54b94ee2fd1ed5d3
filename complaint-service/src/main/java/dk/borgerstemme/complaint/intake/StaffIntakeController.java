package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.Language;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Staff register a complaint that came by phone, letter, in person or e-mail, on the citizen's behalf:
 * the citizen's form plus how and when it arrived. The acknowledgement clock then runs in working days
 * from that day, and the case names who registered it.
 */
@Controller("/o/{org}/klage/sager/ny")
@Secured({Roles.CASEWORKER, Roles.UNIT_LEADER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffIntakeController {

    private final Catalogue catalogue;
    private final Intake intake;
    private final SpamDefence keys;
    private final Clock clock;

    StaffIntakeController(Catalogue catalogue, Intake intake, SpamDefence keys, Clock clock) {
        this.catalogue = catalogue;
        this.intake = intake;
        this.keys = keys;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(String org, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        IntakeForm empty = IntakeForm.empty(keys.newSubmissionKey(), "");
        IntakeForm today = new IntakeForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", false, empty.submissionKey(), "", "", "",
            LocalDate.now(clock).toString());
        return IntakePage.form(organisation, today, List.of(), false, true, IntakeController.locale(request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> register(String org, HttpRequest<?> request, Authentication authentication, @Body Map<String, Object> fields) {
        Organisation organisation = catalogue.require(org);
        Locale locale = IntakeController.locale(request);
        IntakeForm form = IntakeForm.of(fields);
        if (!keys.wellFormedKey(form.submissionKey())) {
            form = form.withSubmissionKey(keys.newSubmissionKey());
        }
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = IntakeValidation.problems(form, organisation, today, true);
        if (!problems.isEmpty()) {
            return HttpResponse.ok(IntakePage.form(organisation, form, problems, false, true, locale));
        }
        Received received = intake.receive(organisation, IntakeValidation.submission(form, organisation, true),
            Staff.of(authentication).name(), Language.of(locale));
        return HttpResponse.ok(ReceiptPage.of(organisation, received, today, locale));
    }
}
