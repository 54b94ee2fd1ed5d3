package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ReconsiderationResult;
import dk.borgerstemme.complaint.casefile.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static dk.borgerstemme.complaint.casefile.Status.ACKNOWLEDGED;
import static dk.borgerstemme.complaint.casefile.Status.CLOSED;
import static dk.borgerstemme.complaint.casefile.Status.FORWARDED_TO_ANKESTYRELSEN;
import static dk.borgerstemme.complaint.casefile.Status.IN_PROGRESS;
import static dk.borgerstemme.complaint.casefile.Status.MERGED;
import static dk.borgerstemme.complaint.casefile.Status.RECEIVED;
import static dk.borgerstemme.complaint.casefile.Status.WITHDRAWN;
import static dk.borgerstemme.complaint.handling.CaseAction.ACKNOWLEDGE;
import static dk.borgerstemme.complaint.handling.CaseAction.CLOSE;
import static dk.borgerstemme.complaint.handling.CaseAction.MERGE;
import static dk.borgerstemme.complaint.handling.CaseAction.NOTE;
import static dk.borgerstemme.complaint.handling.CaseAction.REASSIGN;
import static dk.borgerstemme.complaint.handling.CaseAction.RECATEGORISE;
import static dk.borgerstemme.complaint.handling.CaseAction.RECORD_ANKESTYRELSEN_DECISION;
import static dk.borgerstemme.complaint.handling.CaseAction.RECORD_RECONSIDERATION;
import static dk.borgerstemme.complaint.handling.CaseAction.REOPEN;
import static dk.borgerstemme.complaint.handling.CaseAction.REPLY;
import static dk.borgerstemme.complaint.handling.CaseAction.TAKE;
import static dk.borgerstemme.complaint.handling.CaseAction.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CaseStateMachineTest {

    /** Every allowed move except the reconsideration, whose target depends on its result. */
    static Stream<Arguments> allowedMoves() {
        return Stream.of(
            arguments(RECEIVED, ACKNOWLEDGE, ACKNOWLEDGED),
            arguments(RECEIVED, NOTE, RECEIVED),
            arguments(RECEIVED, REASSIGN, RECEIVED),
            arguments(RECEIVED, RECATEGORISE, RECEIVED),
            arguments(RECEIVED, MERGE, MERGED),
            arguments(RECEIVED, WITHDRAW, WITHDRAWN),

            arguments(ACKNOWLEDGED, TAKE, IN_PROGRESS),
            arguments(ACKNOWLEDGED, REPLY, IN_PROGRESS),
            arguments(ACKNOWLEDGED, NOTE, ACKNOWLEDGED),
            arguments(ACKNOWLEDGED, REASSIGN, ACKNOWLEDGED),
            arguments(ACKNOWLEDGED, RECATEGORISE, ACKNOWLEDGED),
            arguments(ACKNOWLEDGED, MERGE, MERGED),
            arguments(ACKNOWLEDGED, WITHDRAW, WITHDRAWN),
            arguments(ACKNOWLEDGED, CLOSE, CLOSED),

            arguments(IN_PROGRESS, TAKE, IN_PROGRESS),
            arguments(IN_PROGRESS, REPLY, IN_PROGRESS),
            arguments(IN_PROGRESS, NOTE, IN_PROGRESS),
            arguments(IN_PROGRESS, REASSIGN, IN_PROGRESS),
            arguments(IN_PROGRESS, RECATEGORISE, IN_PROGRESS),
            arguments(IN_PROGRESS, MERGE, MERGED),
            arguments(IN_PROGRESS, WITHDRAW, WITHDRAWN),
            arguments(IN_PROGRESS, CLOSE, CLOSED),

            arguments(FORWARDED_TO_ANKESTYRELSEN, RECORD_ANKESTYRELSEN_DECISION, IN_PROGRESS),
            arguments(FORWARDED_TO_ANKESTYRELSEN, TAKE, FORWARDED_TO_ANKESTYRELSEN),
            arguments(FORWARDED_TO_ANKESTYRELSEN, REPLY, FORWARDED_TO_ANKESTYRELSEN),
            arguments(FORWARDED_TO_ANKESTYRELSEN, NOTE, FORWARDED_TO_ANKESTYRELSEN),
            arguments(FORWARDED_TO_ANKESTYRELSEN, REASSIGN, FORWARDED_TO_ANKESTYRELSEN),
            arguments(FORWARDED_TO_ANKESTYRELSEN, RECATEGORISE, FORWARDED_TO_ANKESTYRELSEN),
            arguments(FORWARDED_TO_ANKESTYRELSEN, WITHDRAW, WITHDRAWN),

            arguments(CLOSED, NOTE, CLOSED),
            arguments(CLOSED, REOPEN, IN_PROGRESS),
            arguments(WITHDRAWN, NOTE, WITHDRAWN),
            arguments(MERGED, NOTE, MERGED));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("allowedMoves")
    void everyAllowedMoveLeadsToItsStatus(Status from, CaseAction action, Status to) {
        assertThat(CaseStateMachine.allows(from, action)).isTrue();
        assertThat(CaseStateMachine.next(from, action)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0}: reconsideration {1} --> {2}")
    @CsvSource({
        "ACKNOWLEDGED, UPHELD, IN_PROGRESS",
        "ACKNOWLEDGED, PARTLY_UPHELD, FORWARDED_TO_ANKESTYRELSEN",
        "ACKNOWLEDGED, MAINTAINED, FORWARDED_TO_ANKESTYRELSEN",
        "IN_PROGRESS, UPHELD, IN_PROGRESS",
        "IN_PROGRESS, PARTLY_UPHELD, FORWARDED_TO_ANKESTYRELSEN",
        "IN_PROGRESS, MAINTAINED, FORWARDED_TO_ANKESTYRELSEN"
    })
    void aReconsiderationSendsTheCaseToAnkestyrelsenUnlessTheComplainantIsFullyUpheld(
        Status from, ReconsiderationResult result, Status to) {
        assertThat(CaseStateMachine.allows(from, RECORD_RECONSIDERATION)).isTrue();
        assertThat(CaseStateMachine.afterReconsideration(from, result)).isEqualTo(to);
    }

    @Test
    void theTablesAboveAreTheWholeStateMachine() {
        List<String> allowed = new ArrayList<>();
        allowedMoves().forEach(move -> allowed.add(move.get()[0] + " " + move.get()[1]));
        allowed.addAll(List.of("ACKNOWLEDGED RECORD_RECONSIDERATION", "IN_PROGRESS RECORD_RECONSIDERATION"));

        List<String> machine = new ArrayList<>();
        for (Status status : Status.values()) {
            CaseStateMachine.allowedActions(status).forEach(action -> machine.add(status + " " + action));
        }
        assertThat(machine).containsExactlyInAnyOrderElementsOf(allowed);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused: {2}")
    @CsvSource({
        "MERGED, CLOSE, handling.illegal.merged",
        "MERGED, REOPEN, handling.illegal.merged",
        "WITHDRAWN, REOPEN, handling.illegal.withdrawn",
        "WITHDRAWN, REPLY, handling.illegal.withdrawn",
        "RECEIVED, REOPEN, handling.illegal.notClosed",
        "ACKNOWLEDGED, REOPEN, handling.illegal.notClosed",
        "IN_PROGRESS, REOPEN, handling.illegal.notClosed",
        "FORWARDED_TO_ANKESTYRELSEN, REOPEN, handling.illegal.notClosed",
        "CLOSED, ACKNOWLEDGE, handling.illegal.closed",
        "CLOSED, CLOSE, handling.illegal.closed",
        "CLOSED, REPLY, handling.illegal.closed",
        "CLOSED, REASSIGN, handling.illegal.closed",
        "IN_PROGRESS, ACKNOWLEDGE, handling.illegal.alreadyAcknowledged",
        "ACKNOWLEDGED, ACKNOWLEDGE, handling.illegal.alreadyAcknowledged",
        "RECEIVED, RECORD_ANKESTYRELSEN_DECISION, handling.illegal.notForwarded",
        "ACKNOWLEDGED, RECORD_ANKESTYRELSEN_DECISION, handling.illegal.notForwarded",
        "IN_PROGRESS, RECORD_ANKESTYRELSEN_DECISION, handling.illegal.notForwarded",
        "RECEIVED, TAKE, handling.illegal.notAcknowledged",
        "RECEIVED, REPLY, handling.illegal.notAcknowledged",
        "RECEIVED, CLOSE, handling.illegal.notAcknowledged",
        "FORWARDED_TO_ANKESTYRELSEN, CLOSE, handling.illegal.withAnkestyrelsen",
        "FORWARDED_TO_ANKESTYRELSEN, MERGE, handling.illegal.withAnkestyrelsen"
    })
    void anIllegalMoveIsRefusedWithAMessageKeyThatSaysWhy(Status from, CaseAction action, String messageKey) {
        assertThat(CaseStateMachine.allows(from, action)).isFalse();
        assertThatThrownBy(() -> CaseStateMachine.next(from, action))
            .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                assertThat(refused.status()).isEqualTo(from);
                assertThat(refused.action()).isEqualTo(action);
                assertThat(refused.messageKey()).isEqualTo(messageKey);
            });
    }

    @ParameterizedTest(name = "a reconsideration on a case that is {0} is refused: {1}")
    @CsvSource({
        "RECEIVED, handling.illegal.notAcknowledged",
        "FORWARDED_TO_ANKESTYRELSEN, handling.illegal.withAnkestyrelsen",
        "CLOSED, handling.illegal.closed",
        "WITHDRAWN, handling.illegal.withdrawn",
        "MERGED, handling.illegal.merged"
    })
    void aReconsiderationIsRecordedOnlyOnAnAcknowledgedCaseNotYetWithAnkestyrelsen(Status from, String messageKey) {
        assertThatThrownBy(() -> CaseStateMachine.afterReconsideration(from, ReconsiderationResult.MAINTAINED))
            .isInstanceOfSatisfying(IllegalTransitionException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void everyRefusalInEveryStatusCarriesAKnownMessageKey(Status status) {
        for (CaseAction action : EnumSet.complementOf(EnumSet.copyOf(CaseStateMachine.allowedActions(status)))) {
            assertThatThrownBy(() -> CaseStateMachine.requireAllowed(status, action))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                    refused -> assertThat(refused.messageKey()).isIn(HandlingMessagesTest.ILLEGAL_TRANSITION_KEYS));
        }
    }

    @Test
    void theNextStatusOfAReconsiderationNeedsItsResult() {
        assertThatThrownBy(() -> CaseStateMachine.next(IN_PROGRESS, RECORD_RECONSIDERATION))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseFiledOnTheWebIsAcknowledgedByItsReceiptWhileOneTakenByStaffMustBeAcknowledged() {
        assertThat(CaseStateMachine.initialStatus(Channel.WEB)).isEqualTo(ACKNOWLEDGED);
        for (Channel channel : EnumSet.complementOf(EnumSet.of(Channel.WEB))) {
            assertThat(CaseStateMachine.initialStatus(channel)).as(channel.name()).isEqualTo(RECEIVED);
        }
    }

    @Test
    void aMaintainedDecisionGoesToAnkestyrelsenComesBackAndIsClosedThenReopenedWhenTheCitizenDisagrees() {
        Status status = CaseStateMachine.initialStatus(Channel.PHONE);
        status = CaseStateMachine.next(status, ACKNOWLEDGE);
        status = CaseStateMachine.next(status, TAKE);
        status = CaseStateMachine.afterReconsideration(status, ReconsiderationResult.MAINTAINED);
        assertThat(status).isEqualTo(FORWARDED_TO_ANKESTYRELSEN);
        assertThat(CaseStateMachine.allowedActions(status)).doesNotContain(CLOSE, MERGE, RECORD_RECONSIDERATION);

        status = CaseStateMachine.next(status, RECORD_ANKESTYRELSEN_DECISION);
        status = CaseStateMachine.next(status, REPLY);
        status = CaseStateMachine.next(status, CLOSE);
        assertThat(CaseStateMachine.allowedActions(status)).containsExactlyInAnyOrder(NOTE, REOPEN);

        status = CaseStateMachine.next(status, REOPEN);
        assertThat(status).isEqualTo(IN_PROGRESS);
        assertThat(CaseStateMachine.next(status, CLOSE)).isEqualTo(CLOSED);
    }
}
