package dk.borgerstemme.complaint.deadline;

import dk.borgerstemme.complaint.DemoOrganisations;
import dk.borgerstemme.complaint.calendar.WorkingDayCalendar;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.platform.catalogue.Deadlines;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineRulesTest {

    private final DeadlineRules slagelse = DeadlineRules.of(DemoOrganisations.slagelse());
    private final DeadlineRules midtjylland = DeadlineRules.of(DemoOrganisations.midtjylland());
    private final Deadline answerDueMonday20April = Deadline.running(DeadlineKind.ANSWER, day("2026-04-20"));

    private static Receipt receipt(String receivedAt, Channel channel, Set<Track> tracks) {
        return new Receipt(LocalDateTime.parse(receivedAt), channel, tracks, null);
    }

    private static Receipt decisionComplaint(String receivedAt, String decisionDate) {
        return new Receipt(LocalDateTime.parse(receivedAt), Channel.WEB, Set.of(Track.DECISION), LocalDate.parse(decisionDate));
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static Deadline due(DeadlinePlan plan, DeadlineKind kind) {
        return plan.deadline(kind).orElseThrow(() -> new AssertionError("no " + kind + " clock in " + plan));
    }

    @Test
    void aComplaintFiledOnTheWebIsAcknowledgedByItsReceiptTheSameMoment() {
        DeadlinePlan plan = slagelse.plan(receipt("2026-04-01T21:40", Channel.WEB, Set.of(Track.CONDUCT_OR_DELIVERY)));

        Deadline acknowledgement = due(plan, DeadlineKind.ACKNOWLEDGEMENT);
        assertThat(acknowledgement.due()).isEqualTo("2026-04-01");
        assertThat(acknowledgement.metOn()).isEqualTo("2026-04-01");
        assertThat(slagelse.dueState(acknowledgement, day("2026-04-01"))).isEqualTo(DueState.MET);
    }

    @Test
    void aComplaintTakenByPhoneTheWednesdayBeforeEasterIsAcknowledgedWithinTwoWorkingDaysAfterEaster() {
        DeadlinePlan plan = slagelse.plan(receipt("2026-04-01T10:00", Channel.PHONE, Set.of(Track.CONDUCT_OR_DELIVERY)));

        Deadline acknowledgement = due(plan, DeadlineKind.ACKNOWLEDGEMENT);
        // Skærtorsdag to 2. påskedag are closed: Tuesday 7 and Wednesday 8 April.
        assertThat(acknowledgement.due()).isEqualTo("2026-04-08");
        assertThat(acknowledgement.isMet()).isFalse();
    }

    @Test
    void everyStaffChannelStartsTheAcknowledgementClock() {
        for (Channel channel : Set.of(Channel.PHONE, Channel.LETTER, Channel.IN_PERSON, Channel.EMAIL)) {
            DeadlinePlan plan = slagelse.plan(receipt("2026-03-09T09:00", channel, Set.of()));
            assertThat(due(plan, DeadlineKind.ACKNOWLEDGEMENT).due()).as(channel.name()).isEqualTo("2026-03-11");
        }
    }

    @Test
    void aDecisionComplaintIsReconsideredWithinFourWeeksWithWarningsOnDay14And21() {
        Deadline reconsideration = due(slagelse.plan(decisionComplaint("2026-03-12T11:00", "2026-03-02")),
            DeadlineKind.RECONSIDERATION);

        assertThat(reconsideration.due()).isEqualTo("2026-04-09");
        assertThat(reconsideration.warnings()).containsExactly(day("2026-03-26"), day("2026-04-02"));
    }

    @Test
    void fourWeeksEndingOnMaundyThursdayMoveToTheTuesdayAfterEaster() {
        Deadline reconsideration = due(slagelse.plan(decisionComplaint("2026-03-05T11:00", "2026-03-02")),
            DeadlineKind.RECONSIDERATION);

        assertThat(reconsideration.due()).isEqualTo("2026-04-07");
        assertThat(reconsideration.warnings()).containsExactly(day("2026-03-19"), day("2026-03-26"));
    }

    @Test
    void fourWeeksEndingOnChristmasEveMoveToTheMondayAfterChristmasWhereTheOfficesCloseThatDay() {
        Receipt receipt = decisionComplaint("2026-11-26T08:30", "2026-11-20");

        assertThat(due(slagelse.plan(receipt), DeadlineKind.RECONSIDERATION).due()).isEqualTo("2026-12-28");
        DeadlineRules openOnChristmasEve = new DeadlineRules(WorkingDayCalendar.publicHolidaysOnly(), Deadlines.DEFAULT);
        assertThat(due(openOnChristmasEve.plan(receipt), DeadlineKind.RECONSIDERATION).due()).isEqualTo("2026-12-24");
    }

    @Test
    void theReconsiderationWarnsFromDay14AndIsOverdueTheDayAfterItIsDue() {
        Deadline reconsideration = due(slagelse.plan(decisionComplaint("2026-03-05T11:00", "2026-03-02")),
            DeadlineKind.RECONSIDERATION);

        assertThat(slagelse.dueState(reconsideration, day("2026-03-18"))).isEqualTo(DueState.ON_TRACK);
        assertThat(slagelse.dueState(reconsideration, day("2026-03-19"))).isEqualTo(DueState.DUE_SOON);
        assertThat(slagelse.dueState(reconsideration, day("2026-03-26"))).isEqualTo(DueState.DUE_SOON);
        assertThat(slagelse.dueState(reconsideration, day("2026-04-07"))).isEqualTo(DueState.DUE_SOON);
        assertThat(slagelse.dueState(reconsideration, day("2026-04-08"))).isEqualTo(DueState.OVERDUE);
        assertThat(slagelse.dueState(reconsideration.metOn(day("2026-04-01")), day("2026-04-08"))).isEqualTo(DueState.MET);
    }

    @Test
    void aDecisionComplaintWithinTheCitizensFourWeeksIsNotFlagged() {
        // Decision Sunday 1 March; four weeks end Sunday 29 March, so the citizen has until Monday 30 March.
        DeadlinePlan plan = slagelse.plan(decisionComplaint("2026-03-30T23:59", "2026-03-01"));

        assertThat(plan.citizenDeadline()).isEqualTo("2026-03-30");
        assertThat(plan.lateDecisionComplaint()).isFalse();
    }

    @Test
    void aDecisionComplaintAfterTheCitizensFourWeeksIsFlaggedForAssessmentButStillReconsidered() {
        DeadlinePlan plan = slagelse.plan(decisionComplaint("2026-03-31T08:00", "2026-03-01"));

        assertThat(plan.lateDecisionComplaint()).isTrue();
        assertThat(due(plan, DeadlineKind.RECONSIDERATION).due()).isEqualTo("2026-04-28");
    }

    @Test
    void theCitizensDeadlineEndingOnEasterMondayRunsToTheTuesday() {
        assertThat(slagelse.plan(decisionComplaint("2026-04-07T12:00", "2026-03-09")).lateDecisionComplaint()).isFalse();
        assertThat(slagelse.plan(decisionComplaint("2026-04-08T12:00", "2026-03-09")).lateDecisionComplaint()).isTrue();
    }

    @Test
    void withoutADecisionDateNothingIsFlagged() {
        DeadlinePlan plan = slagelse.plan(receipt("2026-03-31T08:00", Channel.WEB, Set.of(Track.DECISION)));

        assertThat(plan.citizenDeadline()).isNull();
        assertThat(plan.lateDecisionComplaint()).isFalse();
        assertThat(plan.deadline(DeadlineKind.RECONSIDERATION)).isPresent();
    }

    @Test
    void aStaffRegisteredComplaintWithSeveralTracksRunsEachClockOnItsOwnAcrossEaster() {
        DeadlinePlan plan = slagelse.plan(receipt("2026-04-01T10:00", Channel.LETTER,
            Set.of(Track.CONDUCT_OR_DELIVERY, Track.ACCESS_TO_RECORDS, Track.SAFETY_CONCERN)));

        assertThat(plan.deadlines()).extracting(Deadline::kind).containsExactly(
            DeadlineKind.ACKNOWLEDGEMENT, DeadlineKind.ANSWER, DeadlineKind.ACCESS_TO_RECORDS, DeadlineKind.SAME_DAY_ATTENTION);
        assertThat(due(plan, DeadlineKind.ACKNOWLEDGEMENT).due()).isEqualTo("2026-04-08");
        assertThat(due(plan, DeadlineKind.ANSWER).due()).isEqualTo("2026-04-20");
        assertThat(due(plan, DeadlineKind.ACCESS_TO_RECORDS).due()).isEqualTo("2026-04-15");
        assertThat(due(plan, DeadlineKind.SAME_DAY_ATTENTION).due()).isEqualTo("2026-04-01");
        assertThat(plan.nextDue()).contains(day("2026-04-01"));
    }

    @Test
    void aDecisionComplaintThatIsAlsoAboutCaseHandlingRunsBothClocks() {
        DeadlinePlan plan = slagelse.plan(new Receipt(LocalDateTime.parse("2026-03-12T11:00"), Channel.WEB,
            Set.of(Track.DECISION, Track.CASE_HANDLING), LocalDate.parse("2026-03-02")));

        assertThat(due(plan, DeadlineKind.RECONSIDERATION).due()).isEqualTo("2026-04-09");
        assertThat(due(plan, DeadlineKind.ANSWER).due()).isEqualTo("2026-03-26");
        assertThat(plan.nextDue()).contains(day("2026-03-26"));
    }

    @Test
    void theAnswerDeadlineCountsPastChristmasAndNewYearOnEachOrganisationsOwnClosedDays() {
        Receipt receipt = receipt("2026-12-18T14:00", Channel.WEB, Set.of(Track.SERVICE_LEVEL));

        // Slagelse closes on 24 December: 21-23, 28-31 Dec, 4-6 Jan.
        assertThat(due(slagelse.plan(receipt), DeadlineKind.ANSWER).due()).isEqualTo("2027-01-06");
        // Midtjylland closes on 24 and 31 December.
        assertThat(due(midtjylland.plan(receipt), DeadlineKind.ANSWER).due()).isEqualTo("2027-01-07");
    }

    @Test
    void aSafetyConcernReceivedOnAClosedDayIsAttendedToTheNextWorkingDay() {
        assertThat(due(slagelse.plan(receipt("2026-12-24T09:00", Channel.WEB, Set.of(Track.SAFETY_CONCERN))),
            DeadlineKind.SAME_DAY_ATTENTION).due()).isEqualTo("2026-12-28");
        assertThat(due(slagelse.plan(receipt("2026-04-04T16:00", Channel.WEB, Set.of(Track.SAFETY_CONCERN))),
            DeadlineKind.SAME_DAY_ATTENTION).due()).isEqualTo("2026-04-07");
        assertThat(due(slagelse.plan(receipt("2026-12-23T23:50", Channel.WEB, Set.of(Track.SAFETY_CONCERN))),
            DeadlineKind.SAME_DAY_ATTENTION).due()).isEqualTo("2026-12-23");
    }

    @Test
    void praiseAndSuggestionsRunOnlyTheAcknowledgementClock() {
        DeadlinePlan plan = slagelse.plan(receipt("2026-03-09T09:00", Channel.PHONE, Set.of(Track.PRAISE, Track.SUGGESTION)));

        assertThat(plan.deadlines()).extracting(Deadline::kind).containsExactly(DeadlineKind.ACKNOWLEDGEMENT);
    }

    @Test
    void theOrganisationsOwnDeadlinesAreUsed() {
        DeadlineRules generous = new DeadlineRules(WorkingDayCalendar.publicHolidaysOnly(), new Deadlines(3, 15, 7, 6));
        DeadlinePlan plan = generous.plan(receipt("2026-03-09T09:00", Channel.PHONE, Set.of(Track.CASE_HANDLING, Track.DECISION)));

        assertThat(due(plan, DeadlineKind.ACKNOWLEDGEMENT).due()).isEqualTo("2026-03-12");
        assertThat(due(plan, DeadlineKind.ANSWER).due()).isEqualTo("2026-03-30");
        assertThat(due(plan, DeadlineKind.RECONSIDERATION).due()).isEqualTo("2026-04-20");
    }

    @Test
    void changingTheTracksAtTriageLeavesTheOtherClocksWhereTheyWere() {
        DeadlinePlan atIntake = slagelse.plan(receipt("2026-04-01T10:00", Channel.PHONE, Set.of(Track.CASE_HANDLING)));
        DeadlinePlan afterTriage = slagelse.plan(receipt("2026-04-01T10:00", Channel.PHONE,
            Set.of(Track.CASE_HANDLING, Track.ACCESS_TO_RECORDS)));

        assertThat(due(afterTriage, DeadlineKind.ANSWER)).isEqualTo(due(atIntake, DeadlineKind.ANSWER));
        assertThat(due(afterTriage, DeadlineKind.ACKNOWLEDGEMENT)).isEqualTo(due(atIntake, DeadlineKind.ACKNOWLEDGEMENT));
    }

    @Test
    void aClockIsOnTrackUntilTwoWorkingDaysRemainAndOverdueTheDayAfter() {
        assertThat(slagelse.dueState(answerDueMonday20April, day("2026-04-14"))).isEqualTo(DueState.ON_TRACK);
        assertThat(slagelse.dueState(answerDueMonday20April, day("2026-04-15"))).isEqualTo(DueState.ON_TRACK);
        assertThat(slagelse.dueState(answerDueMonday20April, day("2026-04-16"))).isEqualTo(DueState.DUE_SOON);
        assertThat(slagelse.dueState(answerDueMonday20April, day("2026-04-20"))).isEqualTo(DueState.DUE_SOON);
        assertThat(slagelse.dueState(answerDueMonday20April, day("2026-04-21"))).isEqualTo(DueState.OVERDUE);
    }

    @Test
    void sixCalendarDaysOverEasterAreOneWorkingDaySoTheClockIsDueSoon() {
        Deadline dueTuesdayAfterEaster = Deadline.running(DeadlineKind.ANSWER, day("2026-04-07"));

        assertThat(slagelse.dueState(dueTuesdayAfterEaster, day("2026-04-01"))).isEqualTo(DueState.DUE_SOON);
    }

    @Test
    void aMetClockIsMetEvenWhenItWasMetLate() {
        Deadline metLate = answerDueMonday20April.metOn(day("2026-04-22"));

        assertThat(slagelse.dueState(metLate, day("2026-05-01"))).isEqualTo(DueState.MET);
        assertThat(metLate.metInTime()).isFalse();
        assertThat(answerDueMonday20April.metOn(day("2026-04-20")).metInTime()).isTrue();
    }

    @Test
    void theAnswerDeadlineMovesToALaterWorkingDayWithAReasonTheCitizenMustBeTold() {
        AnswerExtension extension = slagelse.extendAnswer(answerDueMonday20April, day("2026-05-04"),
            "  Vi venter på en udtalelse fra bostedet. ", day("2026-04-16"));

        assertThat(extension.previousDue()).isEqualTo("2026-04-20");
        assertThat(extension.newDue()).isEqualTo("2026-05-04");
        assertThat(extension.reason()).isEqualTo("Vi venter på en udtalelse fra bostedet.");
        assertThat(extension.requiresNoticeToCitizen()).isTrue();
        assertThat(extension.deadline()).isEqualTo(Deadline.running(DeadlineKind.ANSWER, day("2026-05-04")));
        assertThat(slagelse.dueState(extension.deadline(), day("2026-04-21"))).isEqualTo(DueState.ON_TRACK);
    }

    @Test
    void anOverdueAnswerCanStillBeExtendedToAFutureDay() {
        AnswerExtension extension = slagelse.extendAnswer(answerDueMonday20April, day("2026-04-28"), "Sygdom i teamet", day("2026-04-22"));

        assertThat(extension.newDue()).isEqualTo("2026-04-28");
    }

    @Test
    void anExtensionNeedsAReason() {
        assertThat(slagelse.extensionProblems(answerDueMonday20April, day("2026-05-04"), " ", day("2026-04-16")))
            .containsExactly(ExtensionProblem.REASON_MISSING);
        assertThat(slagelse.extensionProblems(answerDueMonday20April, day("2026-05-04"), null, day("2026-04-16")))
            .containsExactly(ExtensionProblem.REASON_MISSING);
    }

    @Test
    void theNewDateMustBeALaterWorkingDayNotInThePast() {
        assertThat(slagelse.extensionProblems(answerDueMonday20April, null, "r", day("2026-04-16")))
            .containsExactly(ExtensionProblem.NEW_DATE_MISSING);
        assertThat(slagelse.extensionProblems(answerDueMonday20April, day("2026-04-20"), "r", day("2026-04-16")))
            .containsExactly(ExtensionProblem.NEW_DATE_NOT_LATER);
        assertThat(slagelse.extensionProblems(answerDueMonday20April, day("2026-04-17"), "r", day("2026-04-16")))
            .containsExactly(ExtensionProblem.NEW_DATE_NOT_LATER);
        assertThat(slagelse.extensionProblems(answerDueMonday20April, day("2026-04-22"), "r", day("2026-04-25")))
            .containsExactly(ExtensionProblem.NEW_DATE_IN_THE_PAST);
        assertThat(slagelse.extensionProblems(answerDueMonday20April, day("2026-05-14"), "r", day("2026-04-16")))
            .as("Kristi himmelfartsdag").containsExactly(ExtensionProblem.NEW_DATE_NOT_A_WORKING_DAY);
        assertThat(slagelse.extensionProblems(answerDueMonday20April, day("2026-05-02"), "r", day("2026-04-16")))
            .as("a Saturday").containsExactly(ExtensionProblem.NEW_DATE_NOT_A_WORKING_DAY);
    }

    @Test
    void everyProblemIsReportedAtOnceForTheForm() {
        assertThat(slagelse.extensionProblems(answerDueMonday20April, day("2026-04-10"), "", day("2026-04-16")))
            .containsExactly(ExtensionProblem.NEW_DATE_NOT_LATER, ExtensionProblem.REASON_MISSING)
            .extracting(ExtensionProblem::field).containsExactly("newDue", "reason");
    }

    @Test
    void anInvalidExtensionIsRefusedWithItsProblems() {
        assertThatThrownBy(() -> slagelse.extendAnswer(answerDueMonday20April, day("2026-05-14"), "", day("2026-04-16")))
            .isInstanceOfSatisfying(InvalidExtensionException.class, refused -> assertThat(refused.problems())
                .containsExactly(ExtensionProblem.NEW_DATE_NOT_A_WORKING_DAY, ExtensionProblem.REASON_MISSING));
    }

    @Test
    void onlyARunningAnswerDeadlineCanBeExtended() {
        Deadline reconsideration = Deadline.running(DeadlineKind.RECONSIDERATION, day("2026-04-20"));

        assertThatThrownBy(() -> slagelse.extendAnswer(reconsideration, day("2026-05-04"), "r", day("2026-04-16")))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> slagelse.extendAnswer(answerDueMonday20April.metOn(day("2026-04-15")), day("2026-05-04"), "r", day("2026-04-16")))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
