package dk.borgerstemme.complaint.casefile;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CaseTrackRepository extends GenericRepository<CaseTrack, CaseTrack.Key> {

    CaseTrack save(CaseTrack track);

    @Query("DELETE FROM complaint_track WHERE case_id = :caseId")
    void deleteAllOfCase(long caseId);

    @Query("SELECT case_id, track FROM complaint_track WHERE case_id = :caseId")
    List<CaseTrack> findAllOfCase(long caseId);

    /** Replaces the case's tracks with the given ones. */
    default Set<Track> replace(long caseId, Set<Track> tracks) {
        deleteAllOfCase(caseId);
        tracks.forEach(track -> save(new CaseTrack(caseId, track)));
        return tracks;
    }

    default Set<Track> tracksOf(long caseId) {
        EnumSet<Track> tracks = EnumSet.noneOf(Track.class);
        findAllOfCase(caseId).forEach(row -> tracks.add(row.track()));
        return tracks;
    }
}
