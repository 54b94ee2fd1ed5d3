package dk.borgerstemme.complaint.handling;

/** Something wrong with what a staff member entered: the form field, and the message key that says what. */
public record InputProblem(String field, String messageKey) {
}
