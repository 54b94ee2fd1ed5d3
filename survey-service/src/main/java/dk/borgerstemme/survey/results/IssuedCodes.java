package dk.borgerstemme.survey.results;

/** How many invitation codes a wave issued in one unit for one respondent role: the denominator of the response rate. */
public record IssuedCodes(String unit, String role, int count) {
}
