package dk.borgerstemme.complaint.casefile;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** One track a case follows. */
@MappedEntity("complaint_track")
public record CaseTrack(@EmbeddedId Key key) {

    public CaseTrack(long caseId, Track track) {
        this(new Key(caseId, track));
    }

    public Track track() {
        return key.track();
    }

    @Embeddable
    public record Key(@MappedProperty("case_id") long caseId, @MappedProperty("track") Track track) {
    }
}
