package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.Track;
import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/** The case's category (a catalogue id, or none) and the tracks it follows from now on. */
public record Recategorisation(@Nullable String category, Set<Track> tracks) {

    public Recategorisation {
        tracks = tracks == null ? Set.of() : Set.copyOf(tracks);
    }
}
