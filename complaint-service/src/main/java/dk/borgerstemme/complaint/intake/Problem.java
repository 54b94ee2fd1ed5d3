package dk.borgerstemme.complaint.intake;

/** Something to fix in the form: the field's name, the id of the input the summary links to, and a message key. */
public record Problem(String field, String anchor, String messageKey) {
}
