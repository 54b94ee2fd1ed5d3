package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.views.ModelAndView;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The receipt: the reference, the status code shown this once, and what happens next and by when. */
final class ReceiptPage {

    record Next(String messageKey, String date) {
    }

    private ReceiptPage() {
    }

    static ModelAndView<Map<String, Object>> of(Organisation organisation, Received received, LocalDate today, Locale locale) {
        ComplaintCase complaint = received.complaint();
        Map<String, Object> model = new HashMap<>();
        model.put("reference", complaint.getReference());
        model.put("code", received.statusCode() == null ? null : received.statusCode().display());
        model.put("kind", complaint.getKind().id());
        model.put("repeated", received.repeated());
        model.put("byStaff", complaint.getChannel().registeredByStaff());
        model.put("team", organisation.team(complaint.getTeamId()).map(team -> team.name().in(locale)).orElse(complaint.getTeamId()));
        model.put("next", next(received.deadlines(), locale));
        model.put("aboutDecision", complaint.isAboutDecision());
        model.put("lateDecision", complaint.isLateDecisionComplaint());
        model.put("withContact", !complaint.isAnonymous());
        model.put("statusAddress", "/o/" + organisation.shortName() + "/klage/status");
        model.put("org", organisation.shortName());
        return new ModelAndView<>("intake/receipt", model);
    }

    private static List<Next> next(List<CaseDeadline> deadlines, Locale locale) {
        return deadlines.stream()
            .filter(deadline -> !(deadline.kind() == DeadlineKind.ACKNOWLEDGEMENT && deadline.isMet()))
            .map(deadline -> new Next("receipt.next." + deadline.kind().name(), Dates.long_(deadline.dueOn(), locale)))
            .toList();
    }
}
