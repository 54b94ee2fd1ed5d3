package dk.borgerstemme.complaint.followup;

import dk.borgerstemme.complaint.casefile.ComplainantRole;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.mail.MailLanguage;
import dk.borgerstemme.complaint.mail.MailOutbox;
import dk.borgerstemme.complaint.outbox.DeliveryFailure;
import dk.borgerstemme.complaint.outbox.OutboxHandler;
import dk.borgerstemme.complaint.outbox.OutboxMessage;
import dk.borgerstemme.complaint.privacy.ContactAccess;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.RespondentRole;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks survey-service for the closed case's "Klagebehandling" code (idempotent on the case id), then
 * puts the e-mail with the link and the code into the outbox, in the transaction that marks the request
 * delivered. If survey-service is down the request waits and is tried again; if it answers twice for
 * the same case the e-mail's key (the case id again) lets only one mail through.
 */
@Singleton
class SurveyCodeHandler implements OutboxHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyCodeHandler.class);
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*(\\d+)");
    /** The catalogue's usual respondent role ids; used only when the organisation has the role. */
    private static final Map<ComplainantRole, String> ROLES = Map.of(
        ComplainantRole.CITIZEN, "borger",
        ComplainantRole.RELATIVE, "paaroerende",
        ComplainantRole.GUARDIAN, "vaerge");

    private final SurveyCodeClient surveys;
    private final ComplaintCaseRepository cases;
    private final ContactAccess contacts;
    private final MailOutbox mails;
    private final Catalogue catalogue;
    private final String publicUrl;

    SurveyCodeHandler(SurveyCodeClient surveys, ComplaintCaseRepository cases, ContactAccess contacts, MailOutbox mails,
                      Catalogue catalogue, @Value("${borgerstemme.public-url:`http://localhost:8080`}") String publicUrl) {
        this.surveys = surveys;
        this.cases = cases;
        this.contacts = contacts;
        this.mails = mails;
        this.catalogue = catalogue;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public String kind() {
        return FollowUp.SURVEY_CODE_REQUEST;
    }

    @Override
    public void deliver(OutboxMessage message) {
        long caseId = caseIdOf(message);
        Optional<ComplaintCase> found = cases.findById(caseId);
        if (found.isEmpty() || !hasEmail(found.get())) {
            // Erased after the retention period, or merged away: nobody to send a code to.
            LOG.info("Survey code for case {} not requested: no e-mail address any more", caseId);
            return;
        }
        ComplaintCase complaint = found.get();
        Organisation organisation = catalogue.require(complaint.getOrganisation());
        Locale locale = MailLanguage.of(complaint);
        SurveyCode code = surveys.requestCode(complaint.getOrganisation(), new SurveyCodeRequest(
            String.valueOf(caseId), complaint.getUnitId(), roleOf(complaint, organisation), locale.getLanguage()));
        String link = code.link() != null && !code.link().isBlank() ? code.link()
            : publicUrl + "/o/" + complaint.getOrganisation() + "/s";
        ResourceBundle texts = ResourceBundle.getBundle("i18n.followup", locale);
        mails.sendToComplainant(complaint, "survey-code:" + caseId,
            MessageFormat.format(texts.getString("survey.mail.subject"), complaint.getReference()),
            MessageFormat.format(texts.getString("survey.mail.text"), complaint.getReference(), link, code.code(),
                organisation.name().in(locale)));
    }

    private boolean hasEmail(ComplaintCase complaint) {
        return contacts.readForDelivery(complaint).map(ContactDetails::hasEmail).orElse(false);
    }

    private static String roleOf(ComplaintCase complaint, Organisation organisation) {
        String role = ROLES.get(complaint.getComplainantRole());
        return role != null && organisation.respondentRole(role).map(RespondentRole::id).isPresent() ? role : null;
    }

    private static long caseIdOf(OutboxMessage message) {
        Matcher matcher = CASE_ID.matcher(message.payload() == null ? "" : message.payload());
        if (!matcher.find()) {
            throw new DeliveryFailure("A survey code request without a case id");
        }
        return Long.parseLong(matcher.group(1));
    }
}
