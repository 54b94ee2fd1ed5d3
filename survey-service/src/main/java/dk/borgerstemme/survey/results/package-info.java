/**
 * Satisfaction results of a wave: per measurement point × group (unit, area, respondent role or way of
 * answering) the number of respondents, response rate, share positive, mean, distribution, 95 % Wilson
 * interval and change since the previous wave of the same survey, with small groups suppressed.
 *
 * <p>The figures are plain Java: {@link dk.borgerstemme.survey.results.WilsonInterval},
 * {@link dk.borgerstemme.survey.results.ScaleFigures}, {@link dk.borgerstemme.survey.results.Suppression},
 * {@link dk.borgerstemme.survey.results.ChangeSincePreviousWave} and
 * {@link dk.borgerstemme.survey.results.WaveFigures}, which puts them together. {@code ResultsReader} reads a
 * wave from the database, {@code WaveResults} applies the reader's scope, and {@code ResultsController}
 * serves {@code GET /api/surveys/{org}/waves/{wave}/results} and {@code results.csv}.
 *
 * <p>Suppression protects each table against subtraction from its own total, the split by unit against the
 * split by area, and a narrower view (a unit leader's units, {@code ?unit=}) against the organisation's view.
 * It does not protect against combining splits of different kinds (by role within a unit against by role in
 * the organisation), nor against combining two staff members' views: that needs suppression on the
 * cross-tabulation (unit × role × way of answering), which is not done.
 */
package dk.borgerstemme.survey.results;
