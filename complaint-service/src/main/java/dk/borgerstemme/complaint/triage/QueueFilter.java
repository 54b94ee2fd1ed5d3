package dk.borgerstemme.complaint.triage;

import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.deadline.DueState;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the queue is narrowed to. {@code status} is a {@link Status} name, {@code open} (the default:
 * every status in which a case is still handled) or {@code all}; {@code due} is {@code OVERDUE} or
 * {@code DUE_SOON}, the most urgent state among the case's running clocks. Unknown values are ignored.
 */
public record QueueFilter(@Nullable String status, @Nullable String team, @Nullable String unit, @Nullable String category,
                          @Nullable String track, @Nullable String due) {

    public static final String OPEN = "open";
    public static final String ALL = "all";

    public static QueueFilter of(@Nullable String status, @Nullable String team, @Nullable String unit, @Nullable String category,
                                 @Nullable String track, @Nullable String due) {
        return new QueueFilter(blankToNull(status), blankToNull(team), blankToNull(unit), blankToNull(category), blankToNull(track),
            blankToNull(due));
    }

    String statusChoice() {
        return status == null ? OPEN : status;
    }

    Optional<Status> exactStatus() {
        return Arrays.stream(Status.values()).filter(value -> value.name().equals(status)).findFirst();
    }

    Optional<Track> exactTrack() {
        return Arrays.stream(Track.values()).filter(value -> value.name().equals(track)).findFirst();
    }

    Optional<DueState> dueState() {
        return Arrays.stream(DueState.values()).filter(value -> value != DueState.MET && value != DueState.ON_TRACK)
            .filter(value -> value.name().equals(due)).findFirst();
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
