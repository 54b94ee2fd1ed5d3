package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplainantRole;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import dk.borgerstemme.complaint.privacy.PreferredChannel;

import java.time.LocalDate;
import java.util.UUID;

/** Submissions as a citizen makes them, for tests. */
final class Submissions {

    private Submissions() {
    }

    static String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    static Submission anonymousComplaintAboutSolvang(String key) {
        return new Submission(key, Kind.KLAGE, ComplainantRole.CITIZEN, "socialpsykiatrien", "botilbuddet-solvang",
            "medarbejderes-adfaerd", "Personalet råbte ad mig ved aftensmaden.", "En undskyldning.", false, null, null, false,
            Channel.WEB, null);
    }

    static Submission decisionComplaintWithContact(String key, LocalDate decisionDate) {
        return new Submission(key, Kind.KLAGE, ComplainantRole.RELATIVE, null, null, "afgoerelse-om-hjaelp",
            "Min søn fik afslag på bostøtte.", "At afgørelsen bliver lavet om.", true, decisionDate,
            new ContactDetails("Hanne Vestergaard", "hanne@example.org", null, null, PreferredChannel.EMAIL), true,
            Channel.WEB, null);
    }

    static Submission complaintAboutSolvangWithEmail(String key) {
        Submission solvang = anonymousComplaintAboutSolvang(key);
        return withContact(solvang, new ContactDetails("John Smith", "john@example.org", null, null, PreferredChannel.EMAIL));
    }

    static Submission complaintAboutSolvangWithPhoneOnly(String key) {
        Submission solvang = anonymousComplaintAboutSolvang(key);
        return withContact(solvang, new ContactDetails("Bent Holm", null, "12345678", null, PreferredChannel.PHONE));
    }

    private static Submission withContact(Submission s, ContactDetails contact) {
        return new Submission(s.submissionKey(), s.kind(), s.role(), s.areaId(), s.unitId(), s.category(), s.whatHappened(), s.wish(),
            s.aboutDecision(), s.decisionDate(), contact, false, s.channel(), s.receivedOn());
    }
}
