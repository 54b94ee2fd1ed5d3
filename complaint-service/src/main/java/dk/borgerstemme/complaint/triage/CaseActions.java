package dk.borgerstemme.complaint.triage;

import dk.borgerstemme.complaint.casefile.AnkestyrelsenDecision;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.Outcome;
import dk.borgerstemme.complaint.casefile.ReconsiderationResult;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.handling.AnkestyrelsenRuling;
import dk.borgerstemme.complaint.handling.CaseHandling;
import dk.borgerstemme.complaint.handling.Closing;
import dk.borgerstemme.complaint.handling.DeadlineExtension;
import dk.borgerstemme.complaint.handling.InputProblem;
import dk.borgerstemme.complaint.handling.InvalidInputException;
import dk.borgerstemme.complaint.handling.PublicReply;
import dk.borgerstemme.complaint.handling.Recategorisation;
import dk.borgerstemme.complaint.handling.ReconsiderationRecord;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads an action's fields, from a form or an API body alike, and performs it with {@link CaseHandling}. */
@Singleton
class CaseActions {

    private final CaseHandling handling;

    CaseActions(CaseHandling handling) {
        this.handling = handling;
    }

    ComplaintCase perform(ActionForm action, String org, String reference, Staff staff, ActionFields fields) {
        List<InputProblem> problems = new ArrayList<>();
        Long version = number(fields.text("version"));
        if (version == null) {
            problems.add(new InputProblem("version", "triage.version.missing"));
        }
        ComplaintCase done = switch (action) {
            case ACKNOWLEDGE -> afterChecks(problems, () -> handling.acknowledge(org, reference, staff, version));
            case TAKE -> afterChecks(problems, () -> handling.take(org, reference, staff, version));
            case REASSIGN -> afterChecks(problems, () -> handling.reassign(org, reference, staff, version, fields.text("team"), fields.text("reason")));
            case RECATEGORISE -> {
                Set<Track> tracks = EnumSet.noneOf(Track.class);
                for (String track : fields.all("tracks")) {
                    Track known = parse(Track.class, track, "tracks", problems);
                    if (known != null) {
                        tracks.add(known);
                    }
                }
                yield afterChecks(problems, () -> handling.recategorise(org, reference, staff, version,
                    new Recategorisation(fields.text("category"), tracks)));
            }
            case NOTE -> afterChecks(problems, () -> handling.note(org, reference, staff, version, fields.text("body")));
            case REPLY -> afterChecks(problems, () -> handling.reply(org, reference, staff, version,
                new PublicReply(fields.text("body"), "true".equals(fields.text("serviceLevel")))));
            case RECONSIDERATION -> {
                ReconsiderationResult result = parse(ReconsiderationResult.class, fields.text("result"), "result", problems);
                LocalDate reconsideredOn = date(fields.text("reconsideredOn"), "reconsideredOn", problems);
                LocalDate forwardedOn = date(fields.text("forwardedOn"), "forwardedOn", problems);
                yield afterChecks(problems, () -> handling.recordReconsideration(org, reference, staff, version,
                    new ReconsiderationRecord(result, reconsideredOn, forwardedOn)));
            }
            case ANKESTYRELSEN -> {
                AnkestyrelsenDecision decision = parse(AnkestyrelsenDecision.class, fields.text("decision"), "decision", problems);
                LocalDate decidedOn = date(fields.text("decidedOn"), "decidedOn", problems);
                yield afterChecks(problems, () -> handling.recordAnkestyrelsenDecision(org, reference, staff, version,
                    new AnkestyrelsenRuling(decision, decidedOn)));
            }
            case MERGE -> afterChecks(problems, () -> handling.merge(org, reference, staff, version, fields.text("into")));
            case WITHDRAW -> afterChecks(problems, () -> handling.withdraw(org, reference, staff, version, fields.text("reason")));
            case EXTEND_DEADLINE -> {
                LocalDate newDue = date(fields.text("newDue"), "newDue", problems);
                yield afterChecks(problems, () -> handling.extendAnswerDeadline(org, reference, staff, version,
                    new DeadlineExtension(newDue, fields.text("reason"))));
            }
            case CLOSE -> {
                Outcome outcome = parse(Outcome.class, fields.text("outcome"), "outcome", problems);
                String replySent = fields.text("replySent");
                yield afterChecks(problems, () -> handling.close(org, reference, staff, version, new Closing(outcome,
                    fields.text("rootCause"), fields.text("learning"), replySent == null ? null : Boolean.valueOf(replySent),
                    fields.text("noReplyReason"))));
            }
            case REOPEN -> afterChecks(problems, () -> handling.reopen(org, reference, staff, version, fields.text("reason")));
        };
        return done;
    }

    /**
     * Input that cannot even be read (a mistyped date) is reported before the case is touched, so the
     * service's own checks do not report the same field again as missing.
     */
    private static ComplaintCase afterChecks(List<InputProblem> problems, java.util.function.Supplier<ComplaintCase> action) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return action.get();
    }

    @Nullable
    private static Long number(@Nullable String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    private static LocalDate date(@Nullable String text, String field, List<InputProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(field, "triage.date.invalid"));
            return null;
        }
    }

    @Nullable
    private static <E extends Enum<E>> E parse(Class<E> type, @Nullable String text, String field, List<InputProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem(field, "triage.choice.unknown"));
            return null;
        }
    }
}
