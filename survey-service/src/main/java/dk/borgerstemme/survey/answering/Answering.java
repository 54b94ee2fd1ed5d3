package dk.borgerstemme.survey.answering;

import dk.borgerstemme.survey.definition.CheckedAnswers;
import dk.borgerstemme.survey.definition.DontKnow;
import dk.borgerstemme.survey.definition.Question;
import dk.borgerstemme.survey.definition.QuestionType;
import dk.borgerstemme.survey.definition.ScoredAnswers;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.invitation.CodeCheck;
import dk.borgerstemme.survey.invitation.InvitationRepository;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A respondent's way through a survey: resuming with the code, keeping answers for later, and the
 * submit that turns them into an anonymous response. The submit is one transaction: the code is
 * claimed, the response and its answers are written and the saved answers are deleted, or nothing is.
 */
@Singleton
class Answering {

    /** The key under which "how the answers were given" is kept with the saved answers. */
    static final String ANSWERED_HOW = "_answered-how";

    private static final Argument<Map<String, List<String>>> ANSWERS = Argument.mapOf(Argument.STRING, Argument.listOf(String.class));

    private final CodeCheck codeCheck;
    private final PublishedDefinitions definitions;
    private final SavedAnswersRepository saved;
    private final InvitationRepository invitations;
    private final Responses.ResponseRepository responses;
    private final Responses.AnswerRepository answers;
    private final ObjectMapper json;
    private final Clock clock;

    Answering(CodeCheck codeCheck, PublishedDefinitions definitions, SavedAnswersRepository saved, InvitationRepository invitations,
              Responses.ResponseRepository responses, Responses.AnswerRepository answers, ObjectMapper json, Clock clock) {
        this.codeCheck = codeCheck;
        this.definitions = definitions;
        this.saved = saved;
        this.invitations = invitations;
        this.responses = responses;
        this.answers = answers;
        this.json = json;
        this.clock = clock;
    }

    /** The session for a code that may still be answered, with what was saved so far (read with the code's check). */
    Optional<AnsweringSession> resume(String organisation, String code) {
        return codeCheck.check(organisation, code).accepted().map(accepted -> new AnsweringSession(
            accepted.invitation(),
            definitions.of(accepted.wave().surveyVersionId()),
            accepted.savedAnswers() == null ? new LinkedHashMap<>() : read(accepted.savedAnswers())));
    }

    void save(AnsweringSession session) {
        saved.keep(session.invitation().code(), write(session.answers()), LocalDate.now(clock));
    }

    /** Stores the anonymous response; false when the code was used meanwhile (another tab, a double click). */
    @Transactional
    boolean submit(AnsweringSession session) {
        if (invitations.claim(session.invitation().code()) != 1) {
            return false;
        }
        SurveyDefinition definition = session.definition();
        CheckedAnswers checked = definition.checkAnswers(session.questionAnswers());
        Responses.Response response = responses.save(new Responses.Response(null,
            session.invitation().waveId(), session.invitation().unit(), session.invitation().role(),
            session.answeredHow().orElseThrow().id(), LocalDate.now(clock), ScoredAnswers.encode(definition, checked.answers())));
        List<Responses.Answer> rows = new ArrayList<>();
        checked.answers().forEach((key, values) -> definition.question(key).ifPresent(question ->
            values.forEach(value -> rows.add(answerRow(response.id(), question, value)))));
        answers.saveAll(rows);
        saved.deleteById(session.invitation().code());
        return true;
    }

    private static Responses.Answer answerRow(Long responseId, Question question, String value) {
        if (DontKnow.VALUE.equals(value)) {
            return new Responses.Answer(null, responseId, question.key(), null, true, null, null);
        }
        if (question.type() == QuestionType.FREE_TEXT) {
            return new Responses.Answer(null, responseId, question.key(), null, false, null, value);
        }
        if (question.type().hasChoices()) {
            return new Responses.Answer(null, responseId, question.key(), null, false, value, null);
        }
        return new Responses.Answer(null, responseId, question.key(), Integer.valueOf(value), false, null, null);
    }

    private Map<String, List<String>> read(String savedAnswers) {
        try {
            return new LinkedHashMap<>(json.readValue(savedAnswers, ANSWERS));
        } catch (IOException e) {
            throw new UncheckedIOException("Saved answers cannot be read", e);
        }
    }

    private String write(Map<String, List<String>> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
