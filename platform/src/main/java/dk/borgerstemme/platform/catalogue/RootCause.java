package dk.borgerstemme.platform.catalogue;

/** Why something went wrong, as the organisation records it when a complaint closes, so it can learn. */
public record RootCause(String id, LocalizedText name) {
}
