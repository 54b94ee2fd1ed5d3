package dk.borgerstemme.complaint.handling;

import io.micronaut.core.annotation.Nullable;

/**
 * A reply the citizen sees on the status page and gets by e-mail. {@code withServiceLevelExplanation}
 * adds the standard explanation a complaint about the service level must be answered with.
 */
public record PublicReply(@Nullable String body, boolean withServiceLevelExplanation) {
}
