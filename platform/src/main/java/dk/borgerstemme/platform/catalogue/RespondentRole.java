package dk.borgerstemme.platform.catalogue;

/** Who answers a survey: the citizen, a relative, a guardian, or the municipality that buys the service. */
public record RespondentRole(String id, LocalizedText name) {
}
