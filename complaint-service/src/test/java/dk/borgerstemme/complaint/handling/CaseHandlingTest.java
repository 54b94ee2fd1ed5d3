package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.AnkestyrelsenDecision;
import dk.borgerstemme.complaint.casefile.CaseDeadline;
import dk.borgerstemme.complaint.casefile.CaseDeadlineRepository;
import dk.borgerstemme.complaint.casefile.CaseEvent;
import dk.borgerstemme.complaint.casefile.CaseEventRepository;
import dk.borgerstemme.complaint.casefile.CaseMessage;
import dk.borgerstemme.complaint.casefile.CaseMessageRepository;
import dk.borgerstemme.complaint.casefile.CaseTrackRepository;
import dk.borgerstemme.complaint.casefile.Channel;
import dk.borgerstemme.complaint.casefile.ComplaintCase;
import dk.borgerstemme.complaint.casefile.ComplaintCaseRepository;
import dk.borgerstemme.complaint.casefile.DeadlineKind;
import dk.borgerstemme.complaint.casefile.MessageKind;
import dk.borgerstemme.complaint.casefile.Outcome;
import dk.borgerstemme.complaint.casefile.ReconsiderationResult;
import dk.borgerstemme.complaint.casefile.Status;
import dk.borgerstemme.complaint.casefile.Track;
import dk.borgerstemme.complaint.privacy.ContactAccess;
import dk.borgerstemme.complaint.privacy.ContactDetails;
import dk.borgerstemme.complaint.privacy.PreferredChannel;
import dk.borgerstemme.complaint.testing.CaseFixtures;
import dk.borgerstemme.complaint.testing.SettableClock;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.security.Staff;
import dk.borgerstemme.platform.testing.TestDatabase;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseHandlingTest implements TestPropertyProvider {

    /** Monday 2 March 2026; the tests act on Wednesday 4 March. */
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 2, 9, 30);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 4, 10, 0);
    static final SettableClock CLOCK = new SettableClock(NOW);

    static final Staff DAN = new Staff("dan", "Dan Dahl", "slagelse", Set.of("CASEWORKER"), List.of(), List.of("socialpsykiatrien"));
    static final Staff HANNE = new Staff("hanne", "Hanne Holm", "slagelse", Set.of("CASEWORKER"), List.of(), List.of("handicap"));
    static final Staff BO = new Staff("bo", "Bo Berg", "slagelse", Set.of("ANALYST"), List.of(), List.of());
    static final Staff EVA = new Staff("eva", "Eva Eriksen", "midtjylland", Set.of("ADMIN"), List.of(), List.of());

    @Inject
    CaseHandling handling;
    @Inject
    Catalogue catalogue;
    @Inject
    ComplaintCaseRepository cases;
    @Inject
    ScopedCaseRepository scopedCases;
    @Inject
    CaseTrackRepository tracks;
    @Inject
    CaseDeadlineRepository deadlines;
    @Inject
    CaseMessageRepository messages;
    @Inject
    CaseEventRepository events;
    @Inject
    ContactAccess contacts;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    CaseFixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshSchema());
        properties.put("borgerstemme.outbox.enabled", "false");
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Singleton
    @Replaces(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void setUp() {
        CLOCK.set(NOW);
        fixtures = new CaseFixtures(catalogue, cases, tracks, deadlines);
    }

    private ComplaintCase byPhone(Track... caseTracks) {
        return fixtures.complaint("botilbuddet-solvang", Channel.PHONE, RECEIVED, Set.of(caseTracks));
    }

    private ComplaintCase onTheWeb(Track... caseTracks) {
        return fixtures.complaint("botilbuddet-solvang", Channel.WEB, RECEIVED, Set.of(caseTracks));
    }

    private CaseDeadline clock(ComplaintCase complaint, DeadlineKind kind) {
        return deadlines.findByCaseIdAndKind(complaint.getId(), kind).orElseThrow(() -> new AssertionError("no " + kind + " clock"));
    }

    private CaseEvent lastEvent(ComplaintCase complaint) {
        List<CaseEvent> trail = events.findByCaseIdOrderById(complaint.getId());
        return trail.get(trail.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String text) throws Exception {
        return json.readValue(text, Map.class);
    }

    @Test
    void acknowledgingACaseTakenByPhoneMeetsTheAcknowledgementClockAndIsAudited() throws Exception {
        ComplaintCase received = byPhone(Track.CONDUCT_OR_DELIVERY);
        assertThat(received.getStatus()).isEqualTo(Status.RECEIVED);

        ComplaintCase acknowledged = handling.acknowledge("slagelse", received.getReference(), DAN, received.getVersion());

        assertThat(acknowledged.getStatus()).isEqualTo(Status.ACKNOWLEDGED);
        assertThat(acknowledged.getVersion()).isGreaterThan(received.getVersion());
        assertThat(clock(received, DeadlineKind.ACKNOWLEDGEMENT).metAt()).isEqualTo(NOW);
        CaseEvent event = lastEvent(received);
        assertThat(event.actor()).isEqualTo("dan");
        assertThat(event.action()).isEqualTo("ACKNOWLEDGE");
        assertThat(event.occurredAt()).isEqualTo(NOW);
        assertThat(parse(event.beforeJson())).containsEntry("status", "RECEIVED").containsEntry("deadline.ACKNOWLEDGEMENT.met", null)
            .doesNotContainKey("team");
        assertThat(parse(event.afterJson())).containsEntry("status", "ACKNOWLEDGED").containsKey("deadline.ACKNOWLEDGEMENT.met");
    }

    @Test
    void takingAndReplyingPutsTheCaseInProgressWithAPublicReplyEmailedThroughTheOutbox() throws Exception {
        ComplaintCase complaint = onTheWeb(Track.CONDUCT_OR_DELIVERY);
        contacts.store(complaint, new ContactDetails("Karen Jensen", "karen@example.dk", null, null, PreferredChannel.EMAIL));
        complaint = cases.update(complaint);

        ComplaintCase taken = handling.take("slagelse", complaint.getReference(), DAN, complaint.getVersion());
        ComplaintCase replied = handling.reply("slagelse", complaint.getReference(), DAN, taken.getVersion(),
            new PublicReply("Tak for din klage. Vi har talt med personalet.", false));

        assertThat(taken.getAssignee()).isEqualTo("dan");
        assertThat(taken.getStatus()).isEqualTo(Status.IN_PROGRESS);
        assertThat(replied.getStatus()).isEqualTo(Status.IN_PROGRESS);
        List<CaseMessage> written = messages.findByCaseIdOrderByWrittenAt(complaint.getId());
        assertThat(written).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(MessageKind.PUBLIC_REPLY);
            assertThat(message.body()).isEqualTo("Tak for din klage. Vi har talt med personalet.");
        });
        assertThat(parse(lastEvent(complaint).afterJson())).containsEntry("messageKind", "PUBLIC_REPLY");
        assertThat(outboxKeys()).contains("public_reply:" + written.get(0).id());
        assertThat(outboxPayloads()).noneMatch(payload -> payload.contains("karen"));
        assertThat(events.findByCaseIdOrderById(complaint.getId()))
            .allSatisfy(event -> assertThat(event.beforeJson() + event.afterJson()).doesNotContain("karen", "Karen", "Jensen"));
    }

    @Test
    void reassigningNeedsATeamAndAReasonAndHandsTheCaseToTheOtherTeam() throws Exception {
        ComplaintCase complaint = onTheWeb(Track.CONDUCT_OR_DELIVERY);
        complaint = handling.take("slagelse", complaint.getReference(), DAN, complaint.getVersion());
        String reference = complaint.getReference();
        long version = complaint.getVersion();

        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
            () -> handling.reassign("slagelse", reference, DAN, version, "handicap", " "));
        ComplaintCase moved = handling.reassign("slagelse", reference, DAN, version, "handicap", "Borgeren bor på Skovly");

        assertThat(missing.problems()).extracting(InputProblem::field).containsExactly("reason");
        assertThat(moved.getTeamId()).isEqualTo("handicap");
        assertThat(moved.getAssignee()).isNull();
        assertThat(parse(lastEvent(moved).afterJson())).containsEntry("team", "handicap").containsEntry("reason", "Borgeren bor på Skovly");
        assertThatThrownBy(() -> handling.read("slagelse", reference, DAN)).isInstanceOf(CaseNotFoundException.class);
        assertThat(handling.read("slagelse", reference, HANNE).getTeamId()).isEqualTo("handicap");
    }

    @Test
    void recategorisingStartsTheNewTracksClocksFromTheReceiptAndDropsTheRemovedOnes() throws Exception {
        ComplaintCase complaint = onTheWeb(Track.CONDUCT_OR_DELIVERY);
        assertThat(clock(complaint, DeadlineKind.ANSWER).dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));

        ComplaintCase changed = handling.recategorise("slagelse", complaint.getReference(), DAN, complaint.getVersion(),
            new Recategorisation("afgoerelse-om-hjaelp", Set.of(Track.DECISION, Track.ACCESS_TO_RECORDS)));

        assertThat(changed.getCategory()).isEqualTo("afgoerelse-om-hjaelp");
        assertThat(tracks.tracksOf(complaint.getId())).containsExactlyInAnyOrder(Track.DECISION, Track.ACCESS_TO_RECORDS);
        assertThat(deadlines.findByCaseIdAndKind(complaint.getId(), DeadlineKind.ANSWER)).isEmpty();
        // 4 weeks from Monday 2 March; 7 working days from it.
        assertThat(clock(complaint, DeadlineKind.RECONSIDERATION).dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(clock(complaint, DeadlineKind.ACCESS_TO_RECORDS).dueOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(clock(complaint, DeadlineKind.ACKNOWLEDGEMENT).isMet()).isTrue();
        Map<String, Object> before = parse(lastEvent(complaint).beforeJson());
        Map<String, Object> after = parse(lastEvent(complaint).afterJson());
        assertThat(before).containsEntry("tracks", List.of("CONDUCT_OR_DELIVERY")).containsEntry("deadline.ANSWER.due", "2026-03-16");
        assertThat(after).containsEntry("tracks", List.of("DECISION", "ACCESS_TO_RECORDS")).containsEntry("deadline.ANSWER.due", null)
            .containsEntry("deadline.RECONSIDERATION.due", "2026-03-30");

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> handling.recategorise("slagelse", complaint.getReference(), DAN,
            changed.getVersion(), new Recategorisation("no-such-category", Set.of()))).problems())
            .extracting(InputProblem::field).containsExactly("category", "tracks");
    }

    @Test
    void extendingTheAnswerDeadlineMovesItAndSendsTheCitizenANoticeWithTheReasonAndTheNewDate() {
        ComplaintCase complaint = onTheWeb(Track.CASE_HANDLING);
        String reference = complaint.getReference();
        long version = complaint.getVersion();

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> handling.extendAnswerDeadline("slagelse", reference, DAN, version,
            new DeadlineExtension(LocalDate.of(2026, 3, 21), ""))).problems())
            .extracting(InputProblem::field, InputProblem::messageKey)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("newDue", "deadline.extension.newDateNotAWorkingDay"),
                org.assertj.core.groups.Tuple.tuple("reason", "deadline.extension.reasonMissing"));
        handling.extendAnswerDeadline("slagelse", reference, DAN, version,
            new DeadlineExtension(LocalDate.of(2026, 3, 20), "Vi venter på en udtalelse fra bostedet."));

        CaseDeadline answer = clock(complaint, DeadlineKind.ANSWER);
        assertThat(answer.dueOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(answer.originalDueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(answer.extensionReason()).isEqualTo("Vi venter på en udtalelse fra bostedet.");
        assertThat(messages.findByCaseIdOrderByWrittenAt(complaint.getId())).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(MessageKind.DEADLINE_NOTICE);
            assertThat(notice.body()).contains("16. marts 2026", "20. marts 2026", "Vi venter på en udtalelse fra bostedet.");
        });
        assertThat(lastEvent(complaint).action()).isEqualTo(HandlingEvents.EXTEND_DEADLINE);
    }

    @Test
    void closingRequiresAnOutcomeARootCauseALearningAndAReplyOrWhyNot() {
        ComplaintCase complaint = onTheWeb(Track.CONDUCT_OR_DELIVERY);
        String reference = complaint.getReference();
        long version = complaint.getVersion();

        assertThat(catchThrowableOfType(InvalidInputException.class,
            () -> handling.close("slagelse", reference, DAN, version, new Closing(null, null, " ", null, null))).problems())
            .extracting(InputProblem::field).containsExactly("outcome", "rootCause", "learning", "replySent");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> handling.close("slagelse", reference, DAN, version,
            new Closing(Outcome.UPHELD, "no-such-cause", "Vi har ændret rutinen.", true, null))).problems())
            .extracting(InputProblem::messageKey).containsExactly("triage.close.rootCauseUnknown", "triage.close.noReplyWritten");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> handling.close("slagelse", reference, DAN, version,
            new Closing(Outcome.UPHELD, "procedure", "Vi har ændret rutinen.", false, ""))).problems())
            .extracting(InputProblem::field).containsExactly("noReplyReason");
        assertThat(cases.findById(complaint.getId()).orElseThrow().getStatus()).isEqualTo(Status.ACKNOWLEDGED);

        ComplaintCase replied = handling.reply("slagelse", reference, DAN, version, new PublicReply("Du får medhold.", false));
        ComplaintCase closed = handling.close("slagelse", reference, DAN, replied.getVersion(),
            new Closing(Outcome.UPHELD, "procedure", "Vi har ændret rutinen for medicinudlevering.", true, null));

        assertThat(closed.getStatus()).isEqualTo(Status.CLOSED);
        assertThat(closed.getClosedAt()).isEqualTo(NOW);
        assertThat(closed.getRootCause()).isEqualTo("procedure");
        assertThat(closed.getReplySent()).isTrue();
        assertThat(clock(complaint, DeadlineKind.ANSWER).metAt()).isEqualTo(NOW);
    }

    @Test
    void anAnonymousCaseClosesWithTheReasonNoReplyWasSent() {
        ComplaintCase complaint = onTheWeb(Track.CONDUCT_OR_DELIVERY);

        ComplaintCase closed = handling.close("slagelse", complaint.getReference(), DAN, complaint.getVersion(),
            new Closing(Outcome.NOT_UPHELD, "ingen-fejl", "Intet at ændre.", false, "Borgeren er anonym."));

        assertThat(closed.getReplySent()).isFalse();
        assertThat(closed.getNoReplyReason()).isEqualTo("Borgeren er anonym.");
    }

    @Test
    void aServiceLevelComplaintClosesOnlyAfterAReplyWithTheStandardExplanation() {
        ComplaintCase complaint = onTheWeb(Track.SERVICE_LEVEL);
        String reference = complaint.getReference();
        ComplaintCase plain = handling.reply("slagelse", reference, DAN, complaint.getVersion(), new PublicReply("Tak.", false));
        Closing closing = new Closing(Outcome.NOT_RELEVANT, "ingen-fejl", "Sendt til udvalget.", true, null);

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> handling.close("slagelse", reference, DAN, plain.getVersion(), closing))
            .problems()).extracting(InputProblem::messageKey).containsExactly("triage.close.serviceLevelExplanationMissing");
        ComplaintCase explained = handling.reply("slagelse", reference, DAN, plain.getVersion(), new PublicReply("Tak igen.", true));
        assertThat(handling.close("slagelse", reference, DAN, explained.getVersion(), closing).getStatus()).isEqualTo(Status.CLOSED);
        assertThat(messages.findByCaseIdOrderByWrittenAt(complaint.getId()).get(1).body()).contains(handling.serviceLevelExplanation(complaint));
    }

    @Test
    void aClosedCaseIsReopenedWhenTheCitizenDoesNotAcceptTheOutcomeAndTheReopeningsAreCounted() {
        ComplaintCase complaint = onTheWeb(Track.CONDUCT_OR_DELIVERY);
        ComplaintCase closed = handling.close("slagelse", complaint.getReference(), DAN, complaint.getVersion(),
            new Closing(Outcome.NOT_UPHELD, "ingen-fejl", "Intet.", false, "Anonym"));

        ComplaintCase reopened = handling.reopen("slagelse", complaint.getReference(), DAN, closed.getVersion(), "Borgeren er uenig.");

        assertThat(reopened.getStatus()).isEqualTo(Status.IN_PROGRESS);
        assertThat(reopened.getReopenCount()).isEqualTo(1);
        assertThat(reopened.getClosedAt()).isNull();
    }

    @Test
    void anIllegalMoveIsRefusedWithItsReasonAndChangesNothing() {
        ComplaintCase received = byPhone(Track.CONDUCT_OR_DELIVERY);
        int eventsBefore = events.findByCaseIdOrderById(received.getId()).size();

        IllegalTransitionException notYet = catchThrowableOfType(IllegalTransitionException.class, () -> handling.close("slagelse",
            received.getReference(), DAN, received.getVersion(), new Closing(Outcome.UPHELD, "procedure", "x", false, "y")));
        IllegalTransitionException notClosed = catchThrowableOfType(IllegalTransitionException.class,
            () -> handling.reopen("slagelse", received.getReference(), DAN, received.getVersion(), "x"));

        assertThat(notYet.messageKey()).isEqualTo("handling.illegal.notAcknowledged");
        assertThat(notClosed.messageKey()).isEqualTo("handling.illegal.notClosed");
        assertThat(cases.findById(received.getId()).orElseThrow().getVersion()).isEqualTo(received.getVersion());
        assertThat(events.findByCaseIdOrderById(received.getId())).hasSize(eventsBefore);
    }

    @Test
    void aMaintainedDecisionGoesToAnkestyrelsenMeetingTheReconsiderationClockAndItsDecisionIsRecordedLater() {
        ComplaintCase complaint = onTheWeb(Track.DECISION);
        String reference = complaint.getReference();

        ComplaintCase forwarded = handling.recordReconsideration("slagelse", reference, DAN, complaint.getVersion(),
            new ReconsiderationRecord(ReconsiderationResult.MAINTAINED, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4)));
        assertThat(catchThrowableOfType(IllegalTransitionException.class, () -> handling.close("slagelse", reference, DAN, forwarded.getVersion(),
            new Closing(Outcome.NOT_UPHELD, "faglig-vurdering", "x", false, "y"))).messageKey()).isEqualTo("handling.illegal.withAnkestyrelsen");
        ComplaintCase decided = handling.recordAnkestyrelsenDecision("slagelse", reference, DAN, forwarded.getVersion(),
            new AnkestyrelsenRuling(AnkestyrelsenDecision.CONFIRMED, LocalDate.of(2026, 3, 4)));

        assertThat(forwarded.getStatus()).isEqualTo(Status.FORWARDED_TO_ANKESTYRELSEN);
        assertThat(forwarded.getForwardedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(clock(complaint, DeadlineKind.RECONSIDERATION).metAt()).isEqualTo(NOW);
        assertThat(decided.getStatus()).isEqualTo(Status.IN_PROGRESS);
        assertThat(decided.getAnkestyrelsenDecision()).isEqualTo(AnkestyrelsenDecision.CONFIRMED);
    }

    @Test
    void onlyADecisionComplaintIsReconsideredAndAForwardingNeedsItsDate() {
        ComplaintCase conduct = onTheWeb(Track.CONDUCT_OR_DELIVERY);
        ComplaintCase decision = onTheWeb(Track.DECISION);

        assertThat(catchThrowableOfType(ActionRefusedException.class, () -> handling.recordReconsideration("slagelse", conduct.getReference(), DAN,
            conduct.getVersion(), new ReconsiderationRecord(ReconsiderationResult.UPHELD, LocalDate.of(2026, 3, 3), null))).messageKey())
            .isEqualTo("triage.refused.notAboutDecision");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> handling.recordReconsideration("slagelse", decision.getReference(), DAN,
            decision.getVersion(), new ReconsiderationRecord(ReconsiderationResult.PARTLY_UPHELD, LocalDate.of(2026, 3, 3), null))).problems())
            .extracting(InputProblem::field).containsExactly("forwardedOn");
    }

    @Test
    void aDuplicateIsMergedIntoAnotherOpenCaseAndBothKnowOfEachOther() throws Exception {
        ComplaintCase original = onTheWeb(Track.CONDUCT_OR_DELIVERY);
        ComplaintCase duplicate = onTheWeb(Track.CONDUCT_OR_DELIVERY);

        ComplaintCase merged = handling.merge("slagelse", duplicate.getReference(), DAN, duplicate.getVersion(), original.getReference());

        assertThat(merged.getStatus()).isEqualTo(Status.MERGED);
        assertThat(merged.getMergedInto()).isEqualTo(original.getId());
        assertThat(scopedCases.mergedInto(handling.scopeOf(DAN, "slagelse"), original.getId()))
            .extracting(ComplaintCase::getReference).containsExactly(duplicate.getReference());
        assertThat(parse(lastEvent(duplicate).afterJson())).containsEntry("mergedIntoReference", original.getReference());
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> handling.merge("slagelse", original.getReference(), DAN,
            original.getVersion(), original.getReference())).problems()).extracting(InputProblem::messageKey).containsExactly("triage.merge.self");
    }

    @Test
    void aWithdrawalNeedsToSayHowAndEndsTheCase() {
        ComplaintCase complaint = onTheWeb(Track.CONDUCT_OR_DELIVERY);

        assertThatThrownBy(() -> handling.withdraw("slagelse", complaint.getReference(), DAN, complaint.getVersion(), null))
            .isInstanceOf(InvalidInputException.class);
        assertThat(handling.withdraw("slagelse", complaint.getReference(), DAN, complaint.getVersion(), "Ringede og trak den tilbage")
            .getStatus()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void anInternalNoteIsWrittenForStaffOnly() {
        ComplaintCase complaint = onTheWeb(Track.CONDUCT_OR_DELIVERY);

        handling.note("slagelse", complaint.getReference(), DAN, complaint.getVersion(), "Talt med lederen.");

        assertThat(messages.findByCaseIdOrderByWrittenAt(complaint.getId())).singleElement()
            .satisfies(note -> assertThat(note.kind()).isEqualTo(MessageKind.INTERNAL_NOTE));
        assertThat(lastEvent(complaint).action()).isEqualTo("NOTE");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        ComplaintCase complaint = onTheWeb(Track.CONDUCT_OR_DELIVERY);
        handling.note("slagelse", complaint.getReference(), DAN, complaint.getVersion(), "Først");
        int eventsBefore = events.findByCaseIdOrderById(complaint.getId()).size();

        assertThatThrownBy(() -> handling.reply("slagelse", complaint.getReference(), DAN, complaint.getVersion(),
            new PublicReply("Forældet", false))).isInstanceOf(StaleCaseException.class);

        assertThat(events.findByCaseIdOrderById(complaint.getId())).hasSize(eventsBefore);
        assertThat(messages.findByCaseIdOrderByWrittenAt(complaint.getId())).extracting(CaseMessage::body).containsExactly("Først");
    }

    @Test
    void whenTwoStaffMembersChangeTheSameVersionAtOnceExactlyOneWinsAndTheOtherGetsTheConflict() throws Exception {
        ComplaintCase complaint = onTheWeb(Track.CONDUCT_OR_DELIVERY);
        long version = complaint.getVersion();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String body : List.of("Svar fra Dan", "Svar fra Anna")) {
                Callable<String> attempt = () -> {
                    start.await();
                    try {
                        handling.reply("slagelse", complaint.getReference(), DAN, version, new PublicReply(body, false));
                        return "won";
                    } catch (StaleCaseException e) {
                        return "conflict";
                    }
                };
                outcomes.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }

            assertThat(results).containsExactlyInAnyOrder("won", "conflict");
            assertThat(messages.findByCaseIdOrderByWrittenAt(complaint.getId())).hasSize(1);
            assertThat(events.findByCaseIdOrderById(complaint.getId())).filteredOn(event -> event.action().equals("REPLY")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCaseworkerCannotReadOrChangeAnotherTeamsCaseAndOtherRolesAndOrganisationsAreRefused() {
        ComplaintCase complaint = onTheWeb(Track.CONDUCT_OR_DELIVERY);

        assertThatThrownBy(() -> handling.read("slagelse", complaint.getReference(), HANNE)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> handling.note("slagelse", complaint.getReference(), HANNE, complaint.getVersion(), "x"))
            .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> handling.read("slagelse", complaint.getReference(), BO)).isInstanceOf(NoCaseAccessException.class);
        assertThatThrownBy(() -> handling.read("slagelse", complaint.getReference(), EVA)).isInstanceOf(NoCaseAccessException.class);
        assertThat(handling.read("slagelse", complaint.getReference(), DAN).getReference()).isEqualTo(complaint.getReference());
    }

    private List<String> outboxPayloads() throws SQLException {
        try (Connection connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT payload FROM outbox_message")) {
            List<String> payloads = new ArrayList<>();
            while (rows.next()) {
                payloads.add(String.valueOf(rows.getString(1)));
            }
            return payloads;
        }
    }

    private List<String> outboxKeys() throws SQLException {
        try (Connection connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT idempotency_key FROM outbox_message")) {
            List<String> keys = new ArrayList<>();
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
            return keys;
        }
    }
}
