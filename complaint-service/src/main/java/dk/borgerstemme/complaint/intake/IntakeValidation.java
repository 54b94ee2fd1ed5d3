package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplainantRole;
import dk.borgerstemme.complaint.casefile.Kind;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import dk.borgerstemme.complaint.privacy.PreferredChannel;
import dk.borgerstemme.platform.catalogue.Organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a typed form against the organisation's catalogue; plain Java, so the rules are tested alone. */
public final class IntakeValidation {

    static final Map<String, ComplainantRole> ROLES = Map.of(
        "borger", ComplainantRole.CITIZEN, "paaroerende", ComplainantRole.RELATIVE, "vaerge", ComplainantRole.GUARDIAN,
        "bisidder", ComplainantRole.SUPPORT_PERSON, "andet", ComplainantRole.OTHER);
    static final List<String> ROLE_ORDER = List.of("borger", "paaroerende", "vaerge", "bisidder", "andet");
    static final Map<String, PreferredChannel> CHANNELS = Map.of(
        "email", PreferredChannel.EMAIL, "telefon", PreferredChannel.PHONE, "brev", PreferredChannel.LETTER);
    static final Map<String, Channel> STAFF_CHANNELS = Map.of(
        "telefon", Channel.PHONE, "brev", Channel.LETTER, "personligt", Channel.IN_PERSON, "email", Channel.EMAIL);
    static final String UNKNOWN_PLACE = "ved-ikke";
    static final String UNIT_PREFIX = "enhed:";
    static final String AREA_PREFIX = "omraade:";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{8,20}");
    private static final List<DateTimeFormatter> DATES = List.of(
        DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
        DateTimeFormatter.ofPattern("d/M/uuuu"));

    private IntakeValidation() {
    }

    /** The problems, in the order of the form; empty when the form can become a case. */
    public static List<Problem> problems(IntakeForm form, Organisation organisation, LocalDate today, boolean byStaff) {
        List<Problem> problems = new ArrayList<>();
        if (byStaff) {
            if (!STAFF_CHANNELS.containsKey(form.channel())) {
                problems.add(new Problem("modtaget-via", "modtaget-via-telefon", "intake.error.channel"));
            }
            Optional<LocalDate> received = date(form.receivedOn());
            if (received.isEmpty()) {
                problems.add(new Problem("modtaget-dato", "modtaget-dato", "intake.error.receivedOn"));
            } else if (received.get().isAfter(today)) {
                problems.add(new Problem("modtaget-dato", "modtaget-dato", "intake.error.receivedOnFuture"));
            }
        }
        if (kind(form.kind()).isEmpty()) {
            problems.add(new Problem("art", "art-klage", "intake.error.kind"));
        }
        if (!ROLES.containsKey(form.role())) {
            problems.add(new Problem("rolle", "rolle-borger", "intake.error.role"));
        }
        if (!placeKnown(form.place(), organisation)) {
            problems.add(new Problem("sted", "sted", "intake.error.place"));
        }
        if (!form.category().isEmpty() && organisation.complaintCategory(form.category()).isEmpty()) {
            problems.add(new Problem("kategori", "kategori", "intake.error.category"));
        }
        if (form.whatHappened().isBlank()) {
            problems.add(new Problem("hvad", "hvad", "intake.error.whatHappened"));
        } else if (form.whatHappened().length() > IntakeForm.WHAT_HAPPENED_MAX) {
            problems.add(new Problem("hvad", "hvad", "intake.error.whatHappenedTooLong"));
        }
        if (form.wish().length() > IntakeForm.WISH_MAX) {
            problems.add(new Problem("oenske", "oenske", "intake.error.wishTooLong"));
        }
        if ("klage".equals(form.kind()) && !"ja".equals(form.aboutDecision()) && !"nej".equals(form.aboutDecision())) {
            problems.add(new Problem("afgoerelse", "afgoerelse-ja", "intake.error.aboutDecision"));
        }
        if (form.decisionComplaint() && !form.decisionDate().isBlank()) {
            Optional<LocalDate> decided = date(form.decisionDate());
            if (decided.isEmpty()) {
                problems.add(new Problem("afgoerelsesdato", "afgoerelsesdato", "intake.error.decisionDate"));
            } else if (decided.get().isAfter(today)) {
                problems.add(new Problem("afgoerelsesdato", "afgoerelsesdato", "intake.error.decisionDateFuture"));
            }
        }
        if (!"anonym".equals(form.contact()) && !form.wantsContact()) {
            problems.add(new Problem("kontakt", "kontakt-anonym", "intake.error.contact"));
        }
        if (form.wantsContact()) {
            contactProblems(form, problems);
        }
        return problems;
    }

    private static void contactProblems(IntakeForm form, List<Problem> problems) {
        if (form.name().isBlank()) {
            problems.add(new Problem("navn", "navn", "intake.error.name"));
        }
        for (String[] field : List.of(new String[] {"navn", form.name()}, new String[] {"adresse", form.postalAddress()})) {
            if (field[1].length() > IntakeForm.SHORT_MAX) {
                problems.add(new Problem(field[0], field[0], "intake.error.tooLong"));
            }
        }
        if (!form.email().isBlank() && (!EMAIL.matcher(form.email().strip()).matches() || form.email().length() > IntakeForm.SHORT_MAX)) {
            problems.add(new Problem("email", "email", "intake.error.email"));
        }
        if (!form.phone().isBlank() && !PHONE.matcher(form.phone().strip()).matches()) {
            problems.add(new Problem("telefon", "telefon", "intake.error.phone"));
        }
        PreferredChannel channel = CHANNELS.get(form.preferredChannel());
        if (channel == null) {
            problems.add(new Problem("kanal", "kanal-email", "intake.error.preferredChannel"));
        } else if (channel == PreferredChannel.EMAIL && form.email().isBlank()) {
            problems.add(new Problem("email", "email", "intake.error.emailForChannel"));
        } else if (channel == PreferredChannel.PHONE && form.phone().isBlank()) {
            problems.add(new Problem("telefon", "telefon", "intake.error.phoneForChannel"));
        } else if (channel == PreferredChannel.LETTER && form.postalAddress().isBlank()) {
            problems.add(new Problem("adresse", "adresse", "intake.error.addressForChannel"));
        }
    }

    /** The checked submission; call only when {@link #problems} found none. */
    public static Submission submission(IntakeForm form, Organisation organisation, boolean byStaff) {
        String unitId = null;
        String areaId = null;
        if (form.place().startsWith(UNIT_PREFIX)) {
            unitId = form.place().substring(UNIT_PREFIX.length());
            areaId = organisation.areaOfUnit(unitId).orElseThrow().id();
        } else if (form.place().startsWith(AREA_PREFIX)) {
            areaId = form.place().substring(AREA_PREFIX.length());
        }
        boolean aboutDecision = form.decisionComplaint();
        ContactDetails contact = form.wantsContact()
            ? new ContactDetails(form.name(), form.email(), form.phone(), form.postalAddress(), CHANNELS.get(form.preferredChannel()))
            : null;
        return new Submission(
            form.submissionKey(),
            kind(form.kind()).orElseThrow(),
            ROLES.get(form.role()),
            areaId,
            unitId,
            form.category().isEmpty() ? null : form.category(),
            form.whatHappened().strip(),
            form.wish().isBlank() ? null : form.wish().strip(),
            aboutDecision,
            aboutDecision ? date(form.decisionDate()).orElse(null) : null,
            contact,
            contact != null && form.hideNameFromUnit(),
            byStaff ? STAFF_CHANNELS.get(form.channel()) : Channel.WEB,
            byStaff ? date(form.receivedOn()).orElseThrow() : null);
    }

    static Optional<Kind> kind(String id) {
        return Arrays.stream(Kind.values()).filter(kind -> kind.id().equals(id)).findFirst();
    }

    static Optional<LocalDate> date(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    private static boolean placeKnown(String place, Organisation organisation) {
        if (UNKNOWN_PLACE.equals(place)) {
            return true;
        }
        if (place.startsWith(UNIT_PREFIX)) {
            return organisation.unit(place.substring(UNIT_PREFIX.length())).isPresent();
        }
        if (place.startsWith(AREA_PREFIX)) {
            return organisation.area(place.substring(AREA_PREFIX.length())).isPresent();
        }
        return false;
    }
}
