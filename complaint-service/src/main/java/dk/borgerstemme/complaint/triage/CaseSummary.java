package dk.borgerstemme.complaint.triage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** One row of the queue: enough to choose which case to open next. Texts are in the reader's language. */
@Serdeable
@Schema(description = "A case in the queue")
public record CaseSummary(
    String reference,
    String kind,
    String kindText,
    String status,
    String statusText,
    @Nullable String unit,
    @Nullable String unitName,
    String team,
    String teamName,
    @Nullable String assignee,
    @Nullable String category,
    List<Labelled> tracks,
    @Nullable DeadlineSummary nextDeadline,
    @Schema(description = "A safety or welfare concern: to be attended to the same day") boolean safetyConcern,
    LocalDate receivedOn) {

    /** An id with its text. */
    @Serdeable
    public record Labelled(String id, String text) {
    }

    /**
     * The running clock due first and the most urgent state among the case's running clocks
     * ({@code OVERDUE}, {@code DUE_SOON}, {@code ON_TRACK}), in words too.
     */
    @Serdeable
    public record DeadlineSummary(String kind, String kindText, LocalDate due, String state, String stateText) {
    }
}
