package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseMessageRepository;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.MessageKind;
import dk.borgerstemme.complaint.deadline.Deadline;
import dk.borgerstemme.complaint.deadline.DeadlineRules;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A citizen's view of a case, found by reference and status code. Whether the reference or the code
 * was wrong is never told, and a wrong reference costs as much time as a wrong code.
 */
@Singleton
class StatusLookup {

    record DeadlineLine(String messageKey, String date, String state, @Nullable String originalDate, @Nullable String extensionReason) {
    }

    record MessageLine(String kind, String date, String body) {
    }

    record CaseStatus(String reference, String receivedOn, String status, List<DeadlineLine> deadlines, List<MessageLine> messages) {
    }

    private static final List<MessageKind> PUBLIC_KINDS = Arrays.stream(MessageKind.values()).filter(MessageKind::isPublic).toList();

    private final ComplaintCaseRepository cases;
    private final CaseDeadlineRepository deadlines;
    private final CaseMessageRepository messages;
    private final Clock clock;
    private final StatusCodeDigests digests;

    StatusLookup(ComplaintCaseRepository cases, CaseDeadlineRepository deadlines, CaseMessageRepository messages, Clock clock,
                 StatusCodeDigests digests) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.messages = messages;
        this.clock = clock;
        this.digests = digests;
    }

    Optional<CaseStatus> find(Organisation organisation, String typedReference, String typedCode, Locale locale) {
        String reference = typedReference == null ? "" : typedReference.strip().toUpperCase(Locale.ROOT);
        Optional<StatusCode> code = StatusCode.parse(typedCode);
        Optional<ComplaintCase> complaint = code.isEmpty() ? Optional.empty() : cases.findByOrganisationAndReference(organisation.shortName(), reference);
        if (complaint.isEmpty()) {
            digests.checkNothing();
            return Optional.empty();
        }
        if (!digests.matches(code.get(), complaint.get().getStatusCodeHash())) {
            return Optional.empty();
        }
        return Optional.of(view(organisation, complaint.get(), locale));
    }

    private CaseStatus view(Organisation organisation, ComplaintCase complaint, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        DeadlineRules rules = DeadlineRules.of(organisation);
        List<DeadlineLine> clocks = deadlines.findByCaseIdOrderByDueOn(complaint.getId()).stream()
            .filter(deadline -> !(deadline.kind() == dk.borgerstemme.complaint.casefile.DeadlineKind.ACKNOWLEDGEMENT
                && complaint.getChannel() == dk.borgerstemme.complaint.casefile.Channel.WEB))
            .map(deadline -> line(deadline, rules, today, locale))
            .toList();
        List<MessageLine> replies = messages.findByCaseIdAndKindInListOrderByWrittenAt(complaint.getId(), PUBLIC_KINDS).stream()
            .map(message -> new MessageLine(message.kind().name(), Dates.long_(message.writtenAt().toLocalDate(), locale), message.body()))
            .toList();
        return new CaseStatus(complaint.getReference(), Dates.long_(complaint.getReceivedOn(), locale), complaint.getStatus().name(),
            clocks, replies);
    }

    private static DeadlineLine line(CaseDeadline deadline, DeadlineRules rules, LocalDate today, Locale locale) {
        Deadline clock = Deadline.running(deadline.kind(), deadline.dueOn());
        if (deadline.metAt() != null) {
            clock = clock.metOn(deadline.metAt().toLocalDate());
        }
        boolean extended = deadline.extensionReason() != null && !deadline.originalDueOn().equals(deadline.dueOn());
        return new DeadlineLine("status.deadline." + deadline.kind().name(), Dates.long_(deadline.dueOn(), locale),
            rules.dueState(clock, today).name(),
            extended ? Dates.long_(deadline.originalDueOn(), locale) : null,
            extended ? deadline.extensionReason() : null);
    }
}
