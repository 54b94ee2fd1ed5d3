package dk.borgerstemme.survey.results;

import dk.borgerstemme.survey.definition.SurveyDefinition;

import java.util.List;

/** Everything a wave's figures are made of, read once: one report splits the same answers several ways. */
record WaveRows(SurveyDefinition definition, List<String> units, List<String> roles, WaveAnswers answers, List<IssuedCodes> issuedCodes) {

    WaveRows {
        units = List.copyOf(units);
        roles = List.copyOf(roles);
        issuedCodes = List.copyOf(issuedCodes);
    }

    /** The same answers read against another definition, such as the questions two versions have in common. */
    WaveRows readAs(SurveyDefinition other) {
        return new WaveRows(other, units, roles, answers, issuedCodes);
    }
}
