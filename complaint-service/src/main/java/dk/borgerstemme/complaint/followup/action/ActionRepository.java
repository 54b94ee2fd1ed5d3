package dk.borgerstemme.complaint.followup.action;

import dk.borgerstemme.complaint.handling.CaseScope;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/**
 * Actions read through a staff member's {@link CaseScope}, which is part of every query: an
 * administrator reads the organisation's, a caseworker those of their teams' cases, a unit leader those
 * about their units. {@code update} is optimistic.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ActionRepository extends GenericRepository<ComplaintAction, Long> {

    String IN_SCOPE = " AND (:whole = TRUE OR c.team_id IN (:teams) OR a.unit_id IN (:units))";

    ComplaintAction save(ComplaintAction action);

    ComplaintAction update(ComplaintAction action);

    Optional<ComplaintAction> findById(Long id);

    @Query("SELECT a.* FROM complaint_action a JOIN complaint_case c ON c.id = a.case_id WHERE a.organisation = :organisation"
        + IN_SCOPE + " ORDER BY a.done_on IS NOT NULL, a.due_on, a.id")
    List<ComplaintAction> findInScope(String organisation, boolean whole, List<String> teams, List<String> units);

    @Query("SELECT a.* FROM complaint_action a JOIN complaint_case c ON c.id = a.case_id WHERE a.organisation = :organisation AND a.id = :id"
        + IN_SCOPE)
    Optional<ComplaintAction> findInScope(String organisation, long id, boolean whole, List<String> teams, List<String> units);

    @Query("SELECT a.* FROM complaint_action a JOIN complaint_case c ON c.id = a.case_id WHERE a.organisation = :organisation AND a.id = :id"
        + IN_SCOPE + " FOR UPDATE")
    Optional<ComplaintAction> findInScopeForUpdate(String organisation, long id, boolean whole, List<String> teams, List<String> units);

    @Query("SELECT * FROM complaint_action WHERE organisation = :organisation AND published = TRUE ORDER BY unit_id, COALESCE(done_on, published_on) DESC, id DESC")
    List<ComplaintAction> findPublished(String organisation);

    List<ComplaintAction> findByCaseIdOrderById(long caseId);

    default List<ComplaintAction> inScope(CaseScope scope) {
        return findInScope(scope.organisation(), scope.wholeOrganisation(), scope.teamList(), scope.unitList());
    }

    default Optional<ComplaintAction> inScope(CaseScope scope, long id) {
        return findInScope(scope.organisation(), id, scope.wholeOrganisation(), scope.teamList(), scope.unitList());
    }

    default Optional<ComplaintAction> inScopeForUpdate(CaseScope scope, long id) {
        return findInScopeForUpdate(scope.organisation(), id, scope.wholeOrganisation(), scope.teamList(), scope.unitList());
    }
}
