package dk.borgerstemme.complaint.routing;

import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.platform.catalogue.Area;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.RoutingRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sends a new case to a team by the organisation's routing rules: the first rule that matches the kind,
 * category, area and unit wins, else the default team. Praise and suggestions go by the same rules, so
 * they reach the people who handle complaints about the same unit unless a rule says otherwise.
 */
public final class Routing {

    private final Organisation organisation;

    public Routing(Organisation organisation) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    /**
     * The team for a new case about a unit ({@code unitId}), or only an area ({@code areaId}), or neither
     * ("ved ikke": both {@code null}). A named unit decides the area. {@code category} may be {@code null}.
     *
     * @throws IllegalArgumentException for a unit or area the catalogue does not know, or a unit outside the area
     */
    public Assignment route(Kind kind, String category, String areaId, String unitId) {
        Objects.requireNonNull(kind, "kind");
        if (unitId != null) {
            String unitsArea = organisation.areaOfUnit(unitId).map(Area::id).orElseThrow(() ->
                new IllegalArgumentException(organisation.shortName() + " has no unit " + unitId));
            if (areaId != null && !areaId.equals(unitsArea)) {
                throw new IllegalArgumentException("Unit " + unitId + " is in area " + unitsArea + ", not " + areaId);
            }
            return new Assignment(organisation.teamFor(kind.id(), category, unitId), unitsArea, unitId);
        }
        if (areaId != null && organisation.area(areaId).isEmpty()) {
            throw new IllegalArgumentException(organisation.shortName() + " has no area " + areaId);
        }
        String team = organisation.routing().stream()
            .filter(rule -> rule.matches(kind.id(), category, areaId, null))
            .map(RoutingRule::team)
            .findFirst()
            .orElse(organisation.defaultTeam());
        return new Assignment(team, areaId, null);
    }

    /** What is wrong with moving a case from {@code fromTeamId} to {@code toTeamId}; empty when nothing. */
    public List<ReassignmentProblem> reassignmentProblems(String fromTeamId, String toTeamId, String reason) {
        List<ReassignmentProblem> problems = new ArrayList<>();
        if (toTeamId == null || toTeamId.isBlank()) {
            problems.add(ReassignmentProblem.TEAM_MISSING);
        } else if (organisation.team(toTeamId).isEmpty()) {
            problems.add(ReassignmentProblem.TEAM_UNKNOWN);
        } else if (toTeamId.equals(fromTeamId)) {
            problems.add(ReassignmentProblem.SAME_TEAM);
        }
        if (reason == null || reason.isBlank()) {
            problems.add(ReassignmentProblem.REASON_MISSING);
        }
        return problems;
    }

    /**
     * Moves a case to another of the organisation's teams; a reason is required, as it goes into the audit trail.
     *
     * @throws InvalidReassignmentException when {@link #reassignmentProblems} finds any
     */
    public Reassignment reassign(String fromTeamId, String toTeamId, String reason) {
        List<ReassignmentProblem> problems = reassignmentProblems(fromTeamId, toTeamId, reason);
        if (!problems.isEmpty()) {
            throw new InvalidReassignmentException(problems);
        }
        return new Reassignment(fromTeamId, toTeamId, reason.strip());
    }
}
