package dk.borgerstemme.complaint.mail;

import dk.borgerstemme.complaint.casefile.ComplaintCase;

import java.util.Locale;

/** The language e-mails about a case are written in: the one the citizen filed in, Danish when unknown. */
public final class MailLanguage {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private MailLanguage() {
    }

    public static Locale of(ComplaintCase complaint) {
        return "en".equals(complaint.getLanguage()) ? Locale.ENGLISH : DANISH;
    }
}
