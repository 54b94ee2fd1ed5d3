package dk.borgerstemme.complaint.followup.action;

/** An option of a select on the action pages. */
public record Choice(String id, String text) {
}
