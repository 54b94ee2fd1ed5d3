package dk.borgerstemme.complaint.routing;

/**
 * Where a new case goes: the team that handles it, and the area and unit it concerns ({@code null}
 * when the citizen did not know). The area is the unit's own when a unit is named.
 */
public record Assignment(String teamId, String areaId, String unitId) {
}
