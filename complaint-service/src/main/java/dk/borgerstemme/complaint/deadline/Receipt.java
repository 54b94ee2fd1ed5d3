package dk.borgerstemme.complaint.deadline;

import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.Track;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * What the deadlines of a case depend on: when (Danish local time) and how it was received, its tracks,
 * and, for a complaint about a decision, the date of that decision ({@code null} when not about one or unknown).
 */
public record Receipt(LocalDateTime receivedAt, Channel channel, Set<Track> tracks, LocalDate decisionDate) {

    public Receipt {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        tracks = Set.copyOf(tracks);
    }

    public LocalDate receivedOn() {
        return receivedAt.toLocalDate();
    }
}
