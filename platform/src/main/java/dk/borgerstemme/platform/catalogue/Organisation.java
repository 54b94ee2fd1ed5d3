package dk.borgerstemme.platform.catalogue;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** A municipality or region as its catalogue file describes it. */
public record Organisation(
    String shortName,
    LocalizedText name,
    OrganisationKind kind,
    URI accessibilityStatementUrl,
    List<Area> areas,
    List<RespondentRole> respondentRoles,
    Framework framework,
    List<ComplaintCategory> complaintCategories,
    List<RootCause> rootCauses,
    List<Team> teams,
    String defaultTeam,
    List<RoutingRule> routing,
    Deadlines deadlines,
    int minimumGroupSize,
    Period personalDataRetention,
    List<LocalDate> closedDays) {

    public static final int DEFAULT_MINIMUM_GROUP_SIZE = 5;

    public Organisation {
        areas = Lists.copy(areas);
        respondentRoles = Lists.copy(respondentRoles);
        complaintCategories = Lists.copy(complaintCategories);
        rootCauses = Lists.copy(rootCauses);
        teams = Lists.copy(teams);
        routing = Lists.copy(routing);
        closedDays = Lists.copy(closedDays);
        deadlines = deadlines == null ? Deadlines.DEFAULT : deadlines;
    }

    /** All units of all areas, area by area. */
    public List<Unit> units() {
        return areas.stream().flatMap(area -> area.units().stream()).toList();
    }

    public Optional<Unit> unit(String id) {
        return units().stream().filter(unit -> unit.id().equals(id)).findFirst();
    }

    public Optional<Area> areaOfUnit(String unitId) {
        return areas.stream()
            .filter(area -> area.units().stream().anyMatch(unit -> unit.id().equals(unitId)))
            .findFirst();
    }

    public Optional<Area> area(String id) {
        return areas.stream().filter(area -> area.id().equals(id)).findFirst();
    }

    public Optional<Team> team(String id) {
        return teams.stream().filter(team -> team.id().equals(id)).findFirst();
    }

    public Optional<ComplaintCategory> complaintCategory(String id) {
        return complaintCategories.stream().filter(category -> category.id().equals(id)).findFirst();
    }

    public Optional<RootCause> rootCause(String id) {
        return rootCauses.stream().filter(cause -> cause.id().equals(id)).findFirst();
    }

    public Optional<RespondentRole> respondentRole(String id) {
        return respondentRoles.stream().filter(role -> role.id().equals(id)).findFirst();
    }

    /**
     * The team that handles a complaint, praise or suggestion ({@code kind}) in a category about a unit:
     * the team of the first routing rule that matches, else the default team. The unit may be null
     * when the citizen named none; then only rules without an area or unit condition match.
     */
    public String teamFor(String kind, String category, String unitId) {
        String areaId = unitId == null ? null : areaOfUnit(unitId).map(Area::id).orElse(null);
        return routing.stream()
            .filter(rule -> rule.matches(kind, category, areaId, unitId))
            .map(RoutingRule::team)
            .findFirst()
            .orElse(defaultTeam);
    }
}
