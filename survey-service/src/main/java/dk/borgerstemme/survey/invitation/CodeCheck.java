package dk.borgerstemme.survey.invitation;

import dk.borgerstemme.survey.wave.Wave;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** What a typed invitation code lets the respondent do, or why it does not. */
@Singleton
public class CodeCheck {

    /** Why a code cannot be used, as the respondent is told. */
    public enum Refusal {
        /** Not twelve characters of our alphabet, or the check character does not match: a typo. */
        MISTYPED,
        UNKNOWN,
        ALREADY_USED,
        OTHER_ORGANISATION,
        NOT_OPEN_YET,
        CLOSED
    }

    /**
     * A code that may be answered with, the wave it belongs to, and the answers saved with it to finish
     * later (as the answering pages stored them; null when none were saved).
     */
    public record Accepted(Invitation invitation, Wave wave, @Nullable String savedAnswers) {

        @Override
        public String toString() {
            return "Accepted[" + invitation + ", wave=" + wave.id() + "]";
        }
    }

    /** Either the accepted code or the refusal, never both. */
    public record Outcome(Optional<Accepted> accepted, Optional<Refusal> refusal) {

        static Outcome accept(Invitation invitation, Wave wave, @Nullable String savedAnswers) {
            return new Outcome(Optional.of(new Accepted(invitation, wave, savedAnswers)), Optional.empty());
        }

        static Outcome refuse(Refusal refusal) {
            return new Outcome(Optional.empty(), Optional.of(refusal));
        }
    }

    private final InvitationLookup invitations;
    private final Clock clock;

    CodeCheck(InvitationLookup invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    public Outcome check(String organisation, String typed) {
        Optional<InvitationCode> code = InvitationCode.parse(typed);
        if (code.isEmpty()) {
            return Outcome.refuse(Refusal.MISTYPED);
        }
        Optional<InvitationAndWave> found = invitations.find(code.get().value());
        if (found.isEmpty()) {
            return Outcome.refuse(Refusal.UNKNOWN);
        }
        Invitation invitation = found.get().invitation();
        Wave wave = found.get().wave();
        if (!wave.organisation().equals(organisation)) {
            return Outcome.refuse(Refusal.OTHER_ORGANISATION);
        }
        if (invitation.used()) {
            return Outcome.refuse(Refusal.ALREADY_USED);
        }
        LocalDate today = LocalDate.now(clock);
        if (wave.hasEndedBy(today)) {
            return Outcome.refuse(Refusal.CLOSED);
        }
        if (today.isBefore(wave.opensOn())) {
            return Outcome.refuse(Refusal.NOT_OPEN_YET);
        }
        return Outcome.accept(invitation, wave, found.get().savedAnswers());
    }
}
