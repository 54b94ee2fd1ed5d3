package dk.borgerstemme.survey.internal;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.Language;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.invitation.Invitation;
import dk.borgerstemme.survey.invitation.InvitationCode;
import dk.borgerstemme.survey.invitation.InvitationRepository;
import dk.borgerstemme.survey.wave.SurveyAddress;
import dk.borgerstemme.survey.wave.Wave;
import dk.borgerstemme.survey.wave.WaveRepository;
import dk.borgerstemme.survey.wave.WaveScope;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Codes another service asks for, for the organisation's complaint-handling survey. Idempotent on the
 * caller and its key: the first request makes the invitation, every later one with the same key (also at
 * the same moment) gets the same code, because the database holds (caller, key) unique and the loser of a
 * race reads what the winner stored.
 */
@Singleton
class InternalCodes {

    /** The unit of a code asked for without one: the complaint was about no particular unit. */
    static final String NO_UNIT = "uden-enhed";
    static final String DEFAULT_ROLE = "borger";
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,80}");

    /** The answer: the code, or what is wrong with the request, or that the key was used for another organisation. */
    record Outcome(Optional<CodeResponse> code, Map<String, String> problems, boolean keyOfAnotherOrganisation) {
    }

    private final StandingWaves standingWaves;
    private final InvitationRepository invitations;
    private final WaveRepository waves;
    private final WaveScope scope;
    private final SurveyAddress address;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    InternalCodes(StandingWaves standingWaves, InvitationRepository invitations, WaveRepository waves, WaveScope scope, SurveyAddress address,
                  TransactionOperations<Connection> transactions, Clock clock) {
        this.standingWaves = standingWaves;
        this.invitations = invitations;
        this.waves = waves;
        this.scope = scope;
        this.address = address;
        this.transactions = transactions;
        this.clock = clock;
    }

    Outcome request(Organisation organisation, String caller, CodeRequest request) {
        Map<String, String> problems = check(organisation, request);
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems, false);
        }
        Language language = Language.of(request.language() == null ? Language.DEFAULT.code() : request.language()).orElseThrow();
        Optional<Invitation> earlier = invitations.findByRequestedByAndRequestKey(caller, request.key());
        if (earlier.isPresent()) {
            return answer(organisation, earlier.get(), language);
        }
        LocalDate today = LocalDate.now(clock);
        Wave wave = standingWaves.complaintHandlingWave(organisation, today);
        String unit = request.unit() == null || request.unit().isBlank() ? NO_UNIT : request.unit();
        String role = request.role() == null || request.role().isBlank() ? DEFAULT_ROLE : request.role();
        Invitation invitation;
        try {
            invitation = transactions.executeWrite(status -> {
                if (!unit.equals(NO_UNIT)) {
                    scope.ensureUnit(wave.id(), unit);
                }
                InvitationCode code = InvitationCode.generate();
                return invitations.save(new Invitation(code.value(), wave.id(), unit, role, today, false, caller, request.key()));
            });
        } catch (DataAccessException sameKeyAtTheSameMoment) {
            invitation = invitations.findByRequestedByAndRequestKey(caller, request.key()).orElseThrow(() -> sameKeyAtTheSameMoment);
        }
        return answer(organisation, invitation, language);
    }

    private Outcome answer(Organisation organisation, Invitation invitation, Language language) {
        Wave wave = waves.findById(invitation.waveId()).orElseThrow();
        if (!wave.organisation().equals(organisation.shortName())) {
            return new Outcome(Optional.empty(), Map.of(), true);
        }
        InvitationCode code = new InvitationCode(invitation.code());
        return new Outcome(Optional.of(new CodeResponse(code.display(), address.of(organisation.shortName()),
            address.withCode(organisation.shortName(), code, language), wave.id(), wave.closesOn())), Map.of(), false);
    }

    private Map<String, String> check(Organisation organisation, CodeRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.key() == null || !KEY.matcher(request.key()).matches()) {
            problems.put("key", "must be 1 to 80 letters, digits or . _ : -, unique for the calling service");
        }
        if (request.unit() != null && !request.unit().isBlank() && organisation.unit(request.unit()).isEmpty()) {
            problems.put("unit", "is not a unit of " + organisation.shortName());
        }
        SurveyDefinition survey = standingWaves.complaintHandlingSurvey();
        if (request.role() != null && !request.role().isBlank()
            && (!survey.isFor(request.role()) || organisation.respondentRole(request.role()).isEmpty())) {
            problems.put("role", "must be one of " + survey.respondentRoles().stream()
                .filter(role -> organisation.respondentRole(role).isPresent()).toList());
        }
        if (request.language() != null && Language.of(request.language()).isEmpty()) {
            problems.put("language", "must be da or en");
        }
        return problems;
    }
}
