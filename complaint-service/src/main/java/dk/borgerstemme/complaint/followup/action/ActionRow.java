package dk.borgerstemme.complaint.followup.action;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * An action as staff read it, on the pages and in the API: {@code state} is OPEN, OVERDUE or DONE, with
 * its text in the reader's language.
 */
@Serdeable
public record ActionRow(long id, long version, String caseReference, String description, String owner,
                        @Nullable String unit, @Nullable String unitName, LocalDate dueOn, String dueText,
                        @Nullable LocalDate doneOn, String state, String stateText, boolean published,
                        @Nullable String publicText, @Nullable String publicTextEn, @Nullable LocalDate publishedOn,
                        @Nullable String createdBy) {

    public static final String OPEN = "OPEN";
    public static final String OVERDUE = "OVERDUE";
    public static final String DONE = "DONE";
}
