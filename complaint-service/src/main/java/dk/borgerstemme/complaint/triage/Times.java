package dk.borgerstemme.complaint.triage;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Moments as the staff pages show them: to the minute, the same in both languages. */
public final class Times {

    static final Times INSTANCE = new Times();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String at(LocalDateTime moment) {
        return moment == null ? "" : MINUTE.format(moment);
    }
}
