package dk.borgerstemme.complaint.teams;

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

/** The teams complaints are routed to, as far as the signed-in staff member's scope reaches. */
@Controller
@Secured({Roles.ADMIN, Roles.CASEWORKER, Roles.UNIT_LEADER})
@Tag(name = "Teams")
class TeamsController {

    private final Catalogue catalogue;

    TeamsController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Get("/api/complaints/{org}/teams")
    @Operation(summary = "The complaint teams the signed-in staff member may see")
    List<TeamResponse> teams(String org, Authentication authentication, HttpRequest<?> request) {
        return visibleTeams(org, authentication, LanguageResolver.languageOf(request).locale());
    }

    @Get(value = "/o/{org}/klage/teams", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(String org, Authentication authentication, HttpRequest<?> request) {
        Locale locale = LanguageResolver.languageOf(request).locale();
        Organisation organisation = catalogue.require(org);
        return new ModelAndView<>("teams/teams", Map.of(
            "organisationName", organisation.name().in(locale),
            "teams", visibleTeams(org, authentication, locale)));
    }

    private List<TeamResponse> visibleTeams(String org, Authentication authentication, Locale locale) {
        Organisation organisation = catalogue.require(org);
        return TeamScope.visibleTo(Staff.of(authentication), organisation).stream()
            .map(team -> new TeamResponse(
                team.id(),
                team.name().in(locale),
                team.units().stream()
                    .map(unit -> organisation.unit(unit).map(found -> found.name().in(locale)).orElse(unit))
                    .toList(),
                team.id().equals(organisation.defaultTeam())))
            .toList();
    }

}
