package dk.borgerstemme.survey.units;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Roles;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units a staff member's survey work covers, and the measurement points the surveys feed:
 * what an administrator checks before fielding a survey, and what a unit leader's results are cut by.
 */
@Controller
@Secured({Roles.ADMIN, Roles.ANALYST, Roles.UNIT_LEADER})
@Tag(name = "Units")
class UnitsController {

    private final Catalogue catalogue;

    UnitsController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get("/api/surveys/{org}/units")
    @Operation(summary = "The organisation's units that the signed-in staff member may see survey figures for")
    List<UnitResponse> units(String org, Authentication authentication, HttpRequest<?> request) {
        return visibleUnits(org, authentication, LanguageResolver.languageOf(request).locale());
    }

    @Get(value = "/o/{org}/s/enheder", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(String org, Authentication authentication, HttpRequest<?> request) {
        Locale locale = LanguageResolver.languageOf(request).locale();
        Organisation organisation = catalogue.require(org);
        List<Map<String, String>> points = organisation.framework().points().stream()
            .filter(point -> point.sources().contains("survey"))
            .map(point -> Map.of("id", point.id(), "name", point.name().in(locale)))
            .toList();
        return new ModelAndView<>("units/units", Map.of(
            "organisationName", organisation.name().in(locale),
            "framework", organisation.framework().name().in(locale),
            "units", visibleUnits(org, authentication, locale),
            "points", points));
    }

    private List<UnitResponse> visibleUnits(String org, Authentication authentication, Locale locale) {
        Organisation organisation = catalogue.require(org);
        return UnitScope.visibleTo(Staff.of(authentication), organisation).stream()
            .map(unit -> new UnitResponse(
                unit.id(),
                unit.name().in(locale),
                organisation.areaOfUnit(unit.id()).map(area -> area.name().in(locale)).orElse(""),
                unit.kind(),
                unit.kind().label().in(locale),
                unit.capacity().amount(),
                unit.capacity().measure(),
                unit.capacity().measure().label().in(locale)))
            .toList();
    }

}
