package dk.borgerstemme.survey.invitation;

import dk.borgerstemme.survey.wave.Wave;
import io.micronaut.core.annotation.Nullable;

/**
 * An invitation, its wave and the answers saved with it, as {@link InvitationLookup} reads them in one
 * statement (three look-ups by primary key were three round trips for every page of a survey).
 */
record InvitationAndWave(Invitation invitation, Wave wave, @Nullable String savedAnswers) {
}
