package dk.borgerstemme.complaint.routing;

/** A case moved from one team to another by a member of staff, with the reason they gave. */
public record Reassignment(String fromTeamId, String toTeamId, String reason) {
}
