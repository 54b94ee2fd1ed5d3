package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.mail.MailLanguage;
import dk.borgerstemme.complaint.mail.MailOutbox;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mail receipt to a complainant who gave an address, queued in the intake's transaction and written
 * in the language of the page the case was filed on: the reference, where the case went, what happens
 * next and by when, and the address of the status page.
 *
 * <p>Never the status code. It is the one secret that opens the status page (public replies included),
 * and e-mail is no place for a secret: mailboxes are shared, forwarded and kept for years, and the
 * code would sit in clear in the outbox until delivered, where otherwise only its hash is stored.
 *
 * <p>The key is the case id, not the reference, because the outbox's keys are unique across
 * organisations while references repeat between them; the intake itself is idempotent on the
 * submission key, so a repeated submit never gets this far twice.
 */
@Singleton
class ReceiptMail {

    static final String KEY_PREFIX = "receipt:";

    private final MailOutbox mails;
    private final String publicUrl;

    ReceiptMail(MailOutbox mails, @Value("${borgerstemme.public-url:`http://localhost:8080`}") String publicUrl) {
        this.mails = mails;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    void enqueue(Organisation organisation, ComplaintCase complaint, List<CaseDeadline> clocks) {
        Locale locale = MailLanguage.of(complaint);
        ResourceBundle texts = ResourceBundle.getBundle("i18n.intake", locale);
        mails.sendToComplainant(complaint, KEY_PREFIX + complaint.getId(),
            format(texts, "mail.receipt.subject." + complaint.getKind().id(), complaint.getReference()),
            text(organisation, complaint, clocks, texts, locale));
    }

    private String text(Organisation organisation, ComplaintCase complaint, List<CaseDeadline> clocks, ResourceBundle texts, Locale locale) {
        String organisationName = organisation.name().in(locale);
        StringBuilder text = new StringBuilder()
            .append(texts.getString("receipt.heading." + complaint.getKind().id())).append(".\n\n")
            .append(format(texts, "mail.receipt.reference", complaint.getReference())).append("\n")
            .append(format(texts, "mail.receipt.received", Dates.long_(complaint.getReceivedOn(), locale))).append("\n\n")
            .append(texts.getString("receipt.next")).append("\n");
        String team = organisation.team(complaint.getTeamId()).map(found -> found.name().in(locale)).orElse(null);
        if (team != null) {
            bullet(text, format(texts, "receipt.team", team));
        }
        for (CaseDeadline clock : clocks) {
            if (!(clock.kind() == DeadlineKind.ACKNOWLEDGEMENT && clock.isMet())) {
                bullet(text, format(texts, "receipt.next." + clock.kind().name(), Dates.long_(clock.dueOn(), locale)));
            }
        }
        if (complaint.isAboutDecision()) {
            bullet(text, texts.getString("receipt.decision"));
        }
        if (complaint.isLateDecisionComplaint()) {
            bullet(text, texts.getString("receipt.lateDecision"));
        }
        String statusPage = publicUrl + "/o/" + organisation.shortName() + "/klage/status" + ("en".equals(locale.getLanguage()) ? "?lang=en" : "");
        return text.append("\n")
            .append(format(texts, "mail.receipt.status", statusPage)).append("\n")
            .append(texts.getString("mail.receipt.noCode")).append("\n\n")
            .append(format(texts, "mail.receipt.notYou", organisationName)).append("\n\n")
            .append(format(texts, "mail.receipt.signature", organisationName)).append("\n")
            .toString();
    }

    private static void bullet(StringBuilder text, String line) {
        text.append("- ").append(line).append("\n");
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
