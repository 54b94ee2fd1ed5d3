package dk.borgerstemme.survey.wave;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.Language;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import dk.borgerstemme.platform.web.ProblemJson;
import dk.borgerstemme.survey.invitation.InvitationCode;
import dk.borgerstemme.survey.kiosk.Kiosk;
import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Waves as JSON: an administrator fields a published survey version, makes batches of codes, downloads
 * them as CSV and printable letters, makes kiosk links and closes a wave; analysts and unit leaders read
 * waves with the codes issued and used per unit (a unit leader only their own units).
 */
@Controller("/api/surveys/{org}")
@Secured({Roles.ADMIN, Roles.ANALYST, Roles.UNIT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Waves")
class WavesController {

    private final Catalogue catalogue;
    private final Waves waves;
    private final WaveViews views;
    private final InvitationLetters letters;
    private final SurveyAddress address;
    private final MessageSource messages;

    WavesController(Catalogue catalogue, Waves waves, WaveViews views, InvitationLetters letters, SurveyAddress address, MessageSource messages) {
        this.catalogue = catalogue;
        this.waves = waves;
        this.views = views;
        this.letters = letters;
        this.address = address;
        this.messages = messages;
    }

    @Get("/waves")
    @Operation(summary = "The organisation's waves with codes issued and used (a unit leader: waves and counts of own units); "
        + "with counts=false without the codes (null), which is much faster for waves of many codes")
    List<WaveResponses.WaveSummary> list(String org, @QueryValue(defaultValue = "true") boolean counts, Authentication authentication,
                                         HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        return views.summaries(organisation, WaveAccess.of(Staff.of(authentication)), locale(request), counts);
    }

    @Get("/wave-choices")
    @Secured(Roles.ADMIN)
    @Operation(summary = "What a wave can be made of: the published survey versions, the units and the respondent roles")
    WaveResponses.Choices choices(String org, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Locale locale = locale(request);
        return new WaveResponses.Choices(
            waves.fieldable(organisation).stream().map(version -> new WaveResponses.Version(version.versionId(), version.definition().id(),
                version.number(), version.definition().title().in(locale), version.definition().respondentRoles())).toList(),
            organisation.units().stream().map(unit -> new WaveResponses.Named(unit.id(), unit.name().in(locale))).toList(),
            organisation.respondentRoles().stream().map(role -> new WaveResponses.Named(role.id(), role.name().in(locale))).toList());
    }

    @Post("/waves")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Field a published survey version for a period in chosen units for chosen respondent roles")
    MutableHttpResponse<?> create(String org, @Body WavePlan plan, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Checked<Wave> created = waves.create(organisation, plan);
        if (!created.isOk()) {
            return invalid(created.problems(), request);
        }
        Wave wave = created.value().orElseThrow();
        return HttpResponse.created(views.detail(organisation, wave, WaveAccess.MANAGER, locale(request)))
            .headers(headers -> headers.location(URI.create("/api/surveys/" + org + "/waves/" + wave.id())));
    }

    @Get("/waves/{wave}")
    @Operation(summary = "A wave with codes issued, used and kiosk answers per unit and role; never which code answered what")
    WaveResponses.WaveDetail detail(String org, long wave, Authentication authentication, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        WaveAccess access = WaveAccess.of(Staff.of(authentication));
        return views.detail(organisation, readable(organisation, wave, access), access, locale(request));
    }

    @Post("/waves/{wave}/close")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Close the wave from today: its codes and kiosk links are refused as expired")
    WaveResponses.WaveDetail close(String org, long wave, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Wave closed = waves.close(existing(organisation, wave));
        return views.detail(organisation, closed, WaveAccess.MANAGER, locale(request));
    }

    @Post("/waves/{wave}/batches")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Make a batch of N single-use codes (1–1000) for a unit and respondent role of the wave")
    MutableHttpResponse<?> generate(String org, long wave, @Body WaveResponses.BatchRequest batch, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Wave fielded = existing(organisation, wave);
        Checked<InvitationBatch> made = waves.generate(fielded, batch.unit(), batch.role(), batch.count() == null ? 0 : batch.count());
        if (!made.isOk()) {
            return invalid(made.problems(), request);
        }
        InvitationBatch saved = made.value().orElseThrow();
        Waves.BatchCodes codes = waves.batchCodes(fielded, saved.id()).orElseThrow();
        WaveResponses.BatchSummary links = views.batch(org, saved);
        return HttpResponse.created(new WaveResponses.BatchResponse(saved.id(), fielded.id(), saved.unit(), saved.role(), saved.size(),
                saved.createdOn(), codes.codes().stream().map(InvitationCode::display).toList(), links.csv(), links.lettersDanish(),
                links.lettersEnglish()))
            .headers(headers -> headers.location(URI.create(links.csv())));
    }

    @Get(value = "/waves/{wave}/batches/{batch}/codes.csv", produces = "text/csv")
    @Secured(Roles.ADMIN)
    @Operation(summary = "A batch's codes as CSV: code, unit, role, wave, survey address and the link with the code filled in")
    HttpResponse<String> csv(String org, long wave, long batch) {
        Organisation organisation = catalogue.require(org);
        Waves.BatchCodes codes = batchOf(organisation, wave, batch);
        return HttpResponse.ok(BatchCsv.of(codes, organisation, address))
            .contentType("text/csv; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"codes-wave-" + wave + "-batch-" + batch + ".csv\"");
    }

    @Get(value = "/waves/{wave}/batches/{batch}/letters.pdf", produces = "application/pdf")
    @Secured(Roles.ADMIN)
    @Operation(summary = "A batch as printable A4 letters, one per code, with a QR code; language da (default) or en")
    HttpResponse<byte[]> letters(String org, long wave, long batch, @Nullable @QueryValue String language) {
        Organisation organisation = catalogue.require(org);
        Waves.BatchCodes codes = batchOf(organisation, wave, batch);
        Language in = language == null ? Language.DEFAULT : Language.of(language)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.BAD_REQUEST, "language must be da or en"));
        return HttpResponse.ok(letters.pdf(codes, organisation, in))
            .contentType("application/pdf")
            .header("Content-Disposition", "attachment; filename=\"letters-wave-" + wave + "-batch-" + batch + "-" + in.code() + ".pdf\"");
    }

    @Post("/waves/{wave}/kiosks")
    @Secured(Roles.ADMIN)
    @Operation(summary = "The kiosk link of a unit and role, made the first time it is asked for")
    MutableHttpResponse<?> kiosk(String org, long wave, @Body WaveResponses.KioskRequest kiosk, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Checked<Kiosk> link = waves.kioskLink(existing(organisation, wave), kiosk.unit(), kiosk.role());
        if (!link.isOk()) {
            return invalid(link.problems(), request);
        }
        Kiosk made = link.value().orElseThrow();
        return HttpResponse.ok(new WaveResponses.KioskResponse(wave, made.unit(), made.role(), views.kioskLink(org, made)));
    }

    private Wave existing(Organisation organisation, long waveId) {
        return waves.find(organisation, waveId).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such wave"));
    }

    private Wave readable(Organisation organisation, long waveId, WaveAccess access) {
        Wave wave = existing(organisation, waveId);
        if (!access.coversAny(waves.units(wave))) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "None of your units is in this wave");
        }
        return wave;
    }

    private Waves.BatchCodes batchOf(Organisation organisation, long waveId, long batchId) {
        return waves.batchCodes(existing(organisation, waveId), batchId)
            .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such batch"));
    }

    /** 400 as a problem document that names each field and what is wrong with it, in the request's language. */
    private MutableHttpResponse<?> invalid(Map<String, String> problems, HttpRequest<?> request) {
        Locale locale = locale(request);
        Map<String, String> explained = new LinkedHashMap<>();
        problems.forEach((field, key) -> explained.put(field, messages.getMessage(key, locale).orElse(key)));
        Map<String, Object> problem = ProblemJson.of(HttpStatus.BAD_REQUEST, "invalid");
        problem.put("problems", explained);
        return ProblemJson.response(HttpStatus.BAD_REQUEST, problem);
    }

    private static Locale locale(HttpRequest<?> request) {
        return LanguageResolver.languageOf(request).locale();
    }
}
