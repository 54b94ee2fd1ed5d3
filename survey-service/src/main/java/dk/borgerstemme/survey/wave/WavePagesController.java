package dk.borgerstemme.survey.wave;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The staff pages of waves at {@code /o/{org}/s/maalinger}: the list, creating a wave, and a wave's page
 * with its figures, code batches, downloads, kiosk links and closing. Forms work without JavaScript; bad
 * input comes back on the same page (200) with the errors by their fields and everything typed kept.
 */
@Controller("/o/{org}/s/maalinger")
@Secured({Roles.ADMIN, Roles.ANALYST, Roles.UNIT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
class WavePagesController {

    private final Catalogue catalogue;
    private final Waves waves;
    private final WavePages pages;

    WavePagesController(Catalogue catalogue, Waves waves, WavePages pages) {
        this.catalogue = catalogue;
        this.waves = waves;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(String org, Authentication authentication, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        return pages.list(organisation, WaveAccess.of(Staff.of(authentication)), locale(request));
    }

    @Get(value = "/ny", produces = MediaType.TEXT_HTML)
    @Secured(Roles.ADMIN)
    ModelAndView<Map<String, Object>> newWave(String org, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        return pages.newWave(organisation, WaveForm.empty(waves.today()), Map.of(), locale(request));
    }

    @Post(value = "/ny", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.ADMIN)
    MutableHttpResponse<?> create(String org, @Body Map<String, Object> fields, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        WaveForm form = WaveForm.of(fields);
        Checked<Wave> created = waves.create(organisation, form.plan());
        if (!created.isOk()) {
            return HttpResponse.ok(pages.newWave(organisation, form, created.problems(), locale(request)));
        }
        return HttpResponse.seeOther(URI.create(base(org) + "/" + created.value().orElseThrow().id()));
    }

    @Get(value = "/{wave}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> wave(String org, long wave, @Nullable @QueryValue("nye-koder") Long made,
                                           Authentication authentication, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        WaveAccess access = WaveAccess.of(Staff.of(authentication));
        Wave fielded = readable(organisation, wave, access);
        return pages.wave(organisation, fielded, access, WavePages.BatchForm.empty(), Map.of(), made, locale(request));
    }

    @Post(value = "/{wave}/koder", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.ADMIN)
    MutableHttpResponse<?> generate(String org, long wave, @Body Map<String, Object> fields, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Wave fielded = existing(organisation, wave);
        WavePages.BatchForm form = new WavePages.BatchForm(text(fields.get("enhed")), text(fields.get("rolle")), text(fields.get("antal")));
        int count;
        try {
            count = Integer.parseInt(form.count().strip());
        } catch (NumberFormatException e) {
            count = 0;
        }
        Checked<InvitationBatch> made = waves.generate(fielded, form.unit(), form.role(), count);
        if (!made.isOk()) {
            return HttpResponse.ok(pages.wave(organisation, fielded, WaveAccess.MANAGER, form, made.problems(), null, locale(request)));
        }
        return HttpResponse.seeOther(URI.create(base(org) + "/" + wave + "?nye-koder=" + made.value().orElseThrow().id() + "#hent"));
    }

    @Post(value = "/{wave}/kiosk", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.ADMIN)
    MutableHttpResponse<?> kiosk(String org, long wave, @Body Map<String, Object> fields) {
        Organisation organisation = catalogue.require(org);
        Checked<?> link = waves.kioskLink(existing(organisation, wave), text(fields.get("enhed")), text(fields.get("rolle")));
        if (!link.isOk()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Not a unit and role of the wave");
        }
        return HttpResponse.seeOther(URI.create(base(org) + "/" + wave + "#kiosk"));
    }

    @Post(value = "/{wave}/luk", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(Roles.ADMIN)
    MutableHttpResponse<?> close(String org, long wave) {
        Organisation organisation = catalogue.require(org);
        waves.close(existing(organisation, wave));
        return HttpResponse.seeOther(URI.create(base(org) + "/" + wave));
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

    private static String base(String org) {
        return "/o/" + org + "/s/maalinger";
    }

    private static Locale locale(HttpRequest<?> request) {
        return LanguageResolver.languageOf(request).locale();
    }

    static String text(Object value) {
        return values(value).stream().findFirst().orElse("");
    }

    static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).filter(text -> !text.isBlank()).toList();
        }
        String text = String.valueOf(value);
        return text.isBlank() ? List.of() : List.of(text);
    }

    /** The new-wave form as typed: dates as text, so a mistyped date comes back as it was typed. */
    record WaveForm(String name, String surveyVersionId, String opensOn, String closesOn, List<String> units, List<String> roles) {

        static WaveForm empty(LocalDate today) {
            return new WaveForm("", "", today.toString(), today.plusDays(60).toString(), List.of(), List.of());
        }

        static WaveForm of(Map<String, Object> fields) {
            return new WaveForm(text(fields.get("name")), text(fields.get("surveyVersionId")), text(fields.get("opensOn")).strip(),
                text(fields.get("closesOn")).strip(), values(fields.get("units")), values(fields.get("roles")));
        }

        WavePlan plan() {
            Long version;
            try {
                version = surveyVersionId.isBlank() ? null : Long.valueOf(surveyVersionId.strip());
            } catch (NumberFormatException e) {
                version = -1L;
            }
            return new WavePlan(name, version, date(opensOn).orElse(null), date(closesOn).orElse(null), units, roles);
        }

        private static Optional<LocalDate> date(String typed) {
            try {
                return typed.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(typed));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
