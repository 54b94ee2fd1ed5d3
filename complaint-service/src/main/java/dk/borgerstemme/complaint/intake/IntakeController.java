package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.Language;
import dk.borgerstemme.platform.i18n.LanguageResolver;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The citizen's complaint, praise or suggestion: one page that works without JavaScript, with no time
 * limit, that keeps everything typed when something must be fixed, and a receipt with the reference
 * and the status code. The receipt is the answer to the POST itself, so the code never sits in an
 * address; a repeated POST of the same form shows the same receipt.
 */
@Controller("/o/{org}/klage")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class IntakeController {

    static final String CITIZEN = "borger";

    private final Catalogue catalogue;
    private final Intake intake;
    private final SpamDefence spam;
    private final Clock clock;

    IntakeController(Catalogue catalogue, Intake intake, SpamDefence spam, Clock clock) {
        this.catalogue = catalogue;
        this.intake = intake;
        this.spam = spam;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(String org, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        return IntakePage.form(organisation, IntakeForm.empty(spam.newSubmissionKey(), spam.stamp()), List.of(), false, false, locale(request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> submit(String org, HttpRequest<?> request, @Body Map<String, Object> fields) {
        Organisation organisation = catalogue.require(org);
        IntakeForm form = IntakeForm.of(fields);
        Locale locale = locale(request);
        if (!spam.looksHuman(form)) {
            IntakeForm again = form.restamped(spam.stamp());
            if (!spam.wellFormedKey(again.submissionKey())) {
                again = again.withSubmissionKey(spam.newSubmissionKey());
            }
            return HttpResponse.ok(IntakePage.form(organisation, again, List.of(), true, false, locale));
        }
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = IntakeValidation.problems(form, organisation, today, false);
        if (!problems.isEmpty()) {
            return HttpResponse.ok(IntakePage.form(organisation, form, problems, false, false, locale));
        }
        Received received = intake.receive(organisation, IntakeValidation.submission(form, organisation, false), CITIZEN,
            Language.of(locale));
        return HttpResponse.ok(ReceiptPage.of(organisation, received, today, locale));
    }

    static Locale locale(HttpRequest<?> request) {
        return LanguageResolver.languageOf(request).locale();
    }
}
