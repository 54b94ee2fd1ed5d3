package dk.borgerstemme.complaint.intake;

import java.util.Collection;
import java.util.Map;

/**
 * What the citizen (or staff on the citizen's behalf) typed, exactly as typed, so a form with a
 * problem comes back with everything in it. Field names are the form's.
 */
public record IntakeForm(
    String kind,
    String role,
    String place,
    String category,
    String whatHappened,
    String wish,
    String aboutDecision,
    String decisionDate,
    String contact,
    String name,
    String email,
    String phone,
    String postalAddress,
    String preferredChannel,
    boolean hideNameFromUnit,
    String submissionKey,
    String stamp,
    String honeypot,
    String channel,
    String receivedOn) {

    public static final int WHAT_HAPPENED_MAX = 4000;
    public static final int WISH_MAX = 2000;
    public static final int SHORT_MAX = 200;

    public static IntakeForm empty(String submissionKey, String stamp) {
        return new IntakeForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", false, submissionKey, stamp, "", "", "");
    }

    public static IntakeForm of(Map<String, Object> form) {
        return new IntakeForm(
            text(form, "art"), text(form, "rolle"), text(form, "sted"), text(form, "kategori"),
            text(form, "hvad"), text(form, "oenske"), text(form, "afgoerelse"), text(form, "afgoerelsesdato"),
            text(form, "kontakt"), text(form, "navn"), text(form, "email"), text(form, "telefon"), text(form, "adresse"),
            text(form, "kanal"), "ja".equals(text(form, "skjul-navn")),
            text(form, "indsendelse"), text(form, "tid"), text(form, "hjemmeside"),
            text(form, "modtaget-via"), text(form, "modtaget-dato"));
    }

    /** The same answers with a fresh time stamp, for a form shown again after a refusal by the spam defence. */
    public IntakeForm restamped(String newStamp) {
        return new IntakeForm(kind, role, place, category, whatHappened, wish, aboutDecision, decisionDate, contact, name, email,
            phone, postalAddress, preferredChannel, hideNameFromUnit, submissionKey, newStamp, "", channel, receivedOn);
    }

    public IntakeForm withSubmissionKey(String newKey) {
        return new IntakeForm(kind, role, place, category, whatHappened, wish, aboutDecision, decisionDate, contact, name, email,
            phone, postalAddress, preferredChannel, hideNameFromUnit, newKey, stamp, honeypot, channel, receivedOn);
    }

    public boolean wantsContact() {
        return "kontakt".equals(contact);
    }

    public boolean decisionComplaint() {
        return "klage".equals(kind) && "ja".equals(aboutDecision);
    }

    private static String text(Map<String, Object> form, String field) {
        Object value = form.get(field);
        if (value instanceof Collection<?> values) {
            value = values.isEmpty() ? null : values.iterator().next();
        }
        return value == null ? "" : String.valueOf(value).replace("\r\n", "\n");
    }
}
