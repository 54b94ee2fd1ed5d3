package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.ComplaintCase;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Cases read through a staff member's {@link CaseScope}: the scope is part of every query. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ScopedCaseRepository extends GenericRepository<ComplaintCase, Long> {

    String IN_SCOPE = " AND (:whole = TRUE OR team_id IN (:teams) OR unit_id IN (:units))";

    @Query("SELECT * FROM complaint_case WHERE organisation = :organisation AND reference = :reference" + IN_SCOPE)
    Optional<ComplaintCase> find(String organisation, String reference, boolean whole, List<String> teams, List<String> units);

    /**
     * The same, with the row locked until the transaction ends: a second change of the case waits here,
     * then finds the version moved on, instead of both taking shared locks (the foreign keys of the rows
     * they add) and deadlocking on the update.
     */
    @Query("SELECT * FROM complaint_case WHERE organisation = :organisation AND reference = :reference" + IN_SCOPE + " FOR UPDATE")
    Optional<ComplaintCase> findForUpdate(String organisation, String reference, boolean whole, List<String> teams, List<String> units);

    @Query("SELECT * FROM complaint_case WHERE organisation = :organisation AND merged_into = :caseId" + IN_SCOPE + " ORDER BY id")
    List<ComplaintCase> findMergedInto(String organisation, long caseId, boolean whole, List<String> teams, List<String> units);

    @Query("SELECT * FROM complaint_case WHERE organisation = :organisation AND id = :id" + IN_SCOPE)
    Optional<ComplaintCase> findById(String organisation, long id, boolean whole, List<String> teams, List<String> units);

    default Optional<ComplaintCase> find(CaseScope scope, String reference) {
        return find(scope.organisation(), reference, scope.wholeOrganisation(), scope.teamList(), scope.unitList());
    }

    default Optional<ComplaintCase> findForUpdate(CaseScope scope, String reference) {
        return findForUpdate(scope.organisation(), reference, scope.wholeOrganisation(), scope.teamList(), scope.unitList());
    }

    default Optional<ComplaintCase> findById(CaseScope scope, long id) {
        return findById(scope.organisation(), id, scope.wholeOrganisation(), scope.teamList(), scope.unitList());
    }

    /** The duplicates folded into a case, as far as the scope reaches. */
    default List<ComplaintCase> mergedInto(CaseScope scope, long caseId) {
        return findMergedInto(scope.organisation(), caseId, scope.wholeOrganisation(), scope.teamList(), scope.unitList());
    }
}
