package dk.borgerstemme.survey.answering;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.survey.invitation.Invitation;
import dk.borgerstemme.survey.invitation.InvitationCode;
import dk.borgerstemme.survey.invitation.InvitationRepository;
import dk.borgerstemme.survey.kiosk.Kiosk;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The open link for a tablet at a unit. Each visit starts a fresh anonymous response with a code of
 * its own; a visit while someone's answers are unfinished throws those answers away, which is how the
 * tablet clears itself after a period without input (the page script follows this link).
 */
@Controller("/o/{org}/s/kiosk/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class KioskController {

    static final String KIOSK_COOKIE = "survey-kiosk";
    static final String REQUESTED_BY_KIOSK = "kiosk";

    private final Catalogue catalogue;
    private final Kiosk.Repository kiosks;
    private final WaveRepository waves;
    private final InvitationRepository invitations;
    private final SavedAnswersRepository saved;
    private final Clock clock;

    KioskController(Catalogue catalogue, Kiosk.Repository kiosks, WaveRepository waves, InvitationRepository invitations,
                    SavedAnswersRepository saved, Clock clock) {
        this.catalogue = catalogue;
        this.kiosks = kiosks;
        this.waves = waves;
        this.invitations = invitations;
        this.saved = saved;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Transactional
    MutableHttpResponse<?> start(String org, String token, HttpRequest<?> request) {
        catalogue.require(org);
        Kiosk kiosk = kiosks.findById(token).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such kiosk"));
        Wave wave = waves.findById(kiosk.waveId()).filter(found -> found.organisation().equals(org))
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such kiosk"));
        LocalDate today = LocalDate.now(clock);
        if (!wave.isOpenOn(today)) {
            return HttpResponse.ok(new ModelAndView<>("answering/code", Map.of("typed", "", "problem", "code.refused.CLOSED")));
        }
        abandonUnfinished(request);
        InvitationCode code = InvitationCode.generate();
        invitations.save(new Invitation(code.value(), wave.id(), kiosk.unit(), kiosk.role(), today, false, REQUESTED_BY_KIOSK, null));
        return HttpResponse.seeOther(URI.create("/o/" + org + "/s/intro"))
            .cookie(AnsweringController.codeCookie(org, code.value(), request))
            .cookie(SurveyCookies.of(org, KIOSK_COOKIE, token, request));
    }

    private void abandonUnfinished(HttpRequest<?> request) {
        request.getCookies().findCookie(AnsweringController.CODE_COOKIE).map(Cookie::getValue)
            .flatMap(invitations::findById)
            .filter(invitation -> REQUESTED_BY_KIOSK.equals(invitation.requestedBy()) && !invitation.used())
            .ifPresent(invitation -> {
                if (saved.existsById(invitation.code())) {
                    saved.deleteById(invitation.code());
                }
            });
    }
}
