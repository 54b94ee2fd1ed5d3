/**
 * Satisfaction results of a wave: per measurement point × group (unit, area, respondent role or way of
 * answering, or a combination: unit × role, area × role, unit × way of answering) the number of respondents,
 * response rate, share positive, mean, distribution, 95 % Wilson interval and change since the previous wave of
 * the same survey, with small groups suppressed; and the free-text comments, for analysts only.
 *
 * <p>The figures are plain Java: {@link dk.borgerstemme.survey.results.WilsonInterval},
 * {@link dk.borgerstemme.survey.results.ScaleFigures} (points figured respondent by respondent),
 * {@link dk.borgerstemme.survey.results.Suppression} and {@code WaveFigures} (the single
 * splits), {@code CrossSuppression} and {@code WaveTables} (the combined splits and the narrower views, suppressed
 * together with the single splits), {@link dk.borgerstemme.survey.results.ChangeSincePreviousWave} and
 * {@code WaveComparison} (like for like or not). {@code ResultsReader} reads a wave's answers from the database into
 * {@code WaveAnswers} (one byte per answer), which are tallied per unit × role × way of answering into
 * {@code LeafTallies}, the sums every table is made of; {@code WaveResults} keeps them and puts a report together, and {@code ResultsController} and {@code CommentsController} serve
 * {@code /api/surveys/{org}/waves/{wave}/results}, {@code results.csv}, {@code comments} and {@code comments.csv}.
 * {@code QuestionFigures} and {@code QuestionResults} figure each scored question behind a point for one scope, suppressed
 * with the same rules, and {@code QuestionsController} serves {@code questions} and {@code questions.csv}.
 * The rules are described in {@code docs/surveys.md}, section Results.
 */
package dk.borgerstemme.survey.results;
