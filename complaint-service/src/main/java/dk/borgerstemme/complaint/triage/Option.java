package dk.borgerstemme.complaint.triage;

/** A choice in a select or a group of radios: the value sent, the text shown. */
public record Option(String id, String text) {
}
