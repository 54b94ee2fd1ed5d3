package dk.borgerstemme.gateway.insight.questions;

import dk.borgerstemme.gateway.insight.InsightRequest;
import dk.borgerstemme.gateway.insight.Texts;
import dk.borgerstemme.gateway.insight.Trend;
import dk.borgerstemme.gateway.insight.services.Fetched;
import dk.borgerstemme.gateway.insight.services.QuestionsService;
import dk.borgerstemme.gateway.insight.services.SurveyQuestions;
import dk.borgerstemme.gateway.insight.services.SurveyWave;
import dk.borgerstemme.platform.catalogue.MeasurementPoint;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The section "Questions behind this point" of a point's page: the survey service's figures per question for the
 * chosen wave and unit (or the staff member's whole scope), as a table, a text summary and a bar chart. The
 * service's numbers are only formatted, never recomputed; when it does not answer, the section says so.
 */
@Singleton
public class PointQuestions {

    private final QuestionsService questions;
    private final MessageSource messages;

    PointQuestions(QuestionsService questions, MessageSource messages) {
        this.questions = questions;
        this.messages = messages;
    }

    /** Starts the call; empty without a wave. */
    public @Nullable CompletableFuture<Fetched<SurveyQuestions>> start(InsightRequest.Context context, MeasurementPoint point,
                                                                       @Nullable SurveyWave wave) {
        if (wave == null) {
            return null;
        }
        return questions.questions(context.org(), wave.id(), point.id(), context.filters().unit(), context.lang(), context.token());
    }

    public QuestionsSection section(InsightRequest.Context context, MeasurementPoint point,
                                    @Nullable CompletableFuture<Fetched<SurveyQuestions>> call) {
        Texts texts = new Texts(messages, context.texts().locale());
        String pointName = point.name().in(texts.locale());
        List<String> columns = List.of(texts.say("drill.questions.col.question"), texts.say("drill.questions.col.share"),
            texts.say("drill.questions.col.interval"), texts.say("drill.questions.col.mean"), texts.say("drill.questions.col.n"),
            texts.say("drill.questions.col.dontKnow"), texts.say("drill.questions.col.distribution"), texts.say("drill.questions.col.change"),
            texts.say("drill.questions.col.trend"));
        String caption = texts.say("drill.questions.caption", pointName);
        List<String> about = new ArrayList<>();
        about.add(scopeText(context, texts));
        if (context.filters().area() != null || context.filters().role() != null) {
            about.add(texts.say("drill.questions.scope.notSplit"));
        }
        if (call == null) {
            return QuestionsSection.missing(about, caption, columns, texts.say("drill.questions.noWave"));
        }
        Fetched<SurveyQuestions> fetched = call.join();
        if (!fetched.present()) {
            return QuestionsSection.missing(about, caption, columns, texts.say(fetched.missing() == Fetched.Missing.FORBIDDEN
                ? "drill.questions.forbidden" : "drill.questions.unavailable"));
        }
        SurveyQuestions answer = fetched.value().get();
        about.add(0, texts.say("drill.questions.wave", answer.waveName()));
        if (answer.previousWaveName() != null) {
            about.add(1, texts.say("drill.questions.comparedWith", answer.previousWaveName()));
        }
        if (answer.questions().isEmpty()) {
            return QuestionsSection.missing(about, caption, columns, texts.say("drill.questions.none"));
        }
        List<QuestionsSection.Row> rows = answer.questions().stream().map(question -> row(question, texts)).toList();
        List<String> notes = answer.questions().stream().filter(question -> Boolean.FALSE.equals(question.likeForLike()))
            .map(question -> quote(question.text(), texts) + ": " + (question.notLikeForLike() == null ? "" : question.notLikeForLike())).toList();
        String summary = summary(answer.questions(), texts);
        List<QuestionBars.Bar> bars = answer.questions().stream().map(question -> new QuestionBars.Bar(question.text(),
            question.suppressed() ? null : question.sharePositive(), question.wilsonLower(), question.wilsonUpper(),
            question.suppressed() ? texts.say("drill.questions.chartHidden") : question.sharePositive() == null
                ? texts.say("drill.questions.noAnswers") : texts.percent(question.sharePositive()) + " (n " + question.n() + ")")).toList();
        String svg = QuestionBars.svg("questions-" + point.id(), texts.say("drill.questions.chartTitle", pointName), summary, bars);
        return new QuestionsSection(about, caption, columns, rows, notes, summary, svg, "");
    }

    private QuestionsSection.Row row(SurveyQuestions.Question question, Texts texts) {
        if (question.suppressed()) {
            String hidden = texts.say("drill.questions.suppressed");
            return new QuestionsSection.Row(question.key(), question.text(), true, hidden, "–", "–", "–", "–", "–", "–", Trend.UNKNOWN,
                texts.say(Trend.UNKNOWN.messageKey()));
        }
        boolean compared = !Boolean.FALSE.equals(question.likeForLike());
        Trend trend = Trend.of(question.change(), question.changeBeyondNoise());
        String trendText = compared ? texts.say(trend.messageKey()) : texts.say("drill.questions.notCompared");
        String interval = question.wilsonLower() == null ? "–" : texts.percent(question.wilsonLower()) + "–" + texts.percent(question.wilsonUpper());
        String distribution = question.distribution() == null ? "–"
            : question.distribution().stream().map(step -> step.label() + ": " + step.count()).collect(Collectors.joining(", "));
        return new QuestionsSection.Row(question.key(), question.text(), false,
            question.sharePositive() == null ? texts.say("drill.questions.noAnswers") : texts.percent(question.sharePositive()),
            interval, texts.decimal(question.mean()), texts.whole(question.n()), texts.whole(question.dontKnow()), distribution,
            texts.points(question.change()), compared ? trend : Trend.UNKNOWN, trendText);
    }

    /** Says in words what the chart shows: highest and lowest share, changes the intervals support, how many are hidden. */
    static String summary(List<SurveyQuestions.Question> questions, Texts texts) {
        List<SurveyQuestions.Question> shown = questions.stream().filter(question -> !question.suppressed() && question.sharePositive() != null).toList();
        List<String> sentences = new ArrayList<>();
        if (shown.isEmpty()) {
            sentences.add(texts.say("drill.questions.summary.nothing"));
        } else if (shown.size() == 1) {
            sentences.add(texts.say("drill.questions.summary.one", shown.get(0).text(), texts.percent(shown.get(0).sharePositive())));
        } else {
            SurveyQuestions.Question highest = shown.stream().max(Comparator.comparingDouble(SurveyQuestions.Question::sharePositive)).orElseThrow();
            SurveyQuestions.Question lowest = shown.stream().min(Comparator.comparingDouble(SurveyQuestions.Question::sharePositive)).orElseThrow();
            sentences.add(texts.say("drill.questions.summary.range", highest.text(), texts.percent(highest.sharePositive()), lowest.text(),
                texts.percent(lowest.sharePositive())));
        }
        List<String> up = changed(shown, Trend.UP, texts);
        List<String> down = changed(shown, Trend.DOWN, texts);
        if (!up.isEmpty()) {
            sentences.add(texts.say("drill.questions.summary.up", String.join("; ", up)));
        }
        if (!down.isEmpty()) {
            sentences.add(texts.say("drill.questions.summary.down", String.join("; ", down)));
        }
        if (up.isEmpty() && down.isEmpty() && shown.stream().anyMatch(question -> question.change() != null)) {
            sentences.add(texts.say("drill.questions.summary.noChange"));
        }
        long hidden = questions.stream().filter(SurveyQuestions.Question::suppressed).count();
        if (hidden > 0) {
            sentences.add(texts.say("drill.questions.summary.hidden", hidden));
        }
        return String.join(" ", sentences);
    }

    private static List<String> changed(List<SurveyQuestions.Question> shown, Trend trend, Texts texts) {
        return shown.stream().filter(question -> !Boolean.FALSE.equals(question.likeForLike()))
            .filter(question -> Trend.of(question.change(), question.changeBeyondNoise()) == trend)
            .map(question -> quote(question.text(), texts) + " (" + texts.points(question.change()) + ")").toList();
    }

    private static String quote(String text, Texts texts) {
        return "da".equals(texts.lang()) ? "»" + text + "«" : "\u201c" + text + "\u201d";
    }

    private static String scopeText(InsightRequest.Context context, Texts texts) {
        Organisation organisation = context.organisation();
        String unit = context.filters().unit();
        if (unit != null) {
            return texts.say("drill.questions.scope.unit", organisation.unit(unit).map(found -> found.name().in(texts.locale())).orElse(unit));
        }
        if (context.scope().wholeOrganisation()) {
            return texts.say("drill.questions.scope.organisation");
        }
        return texts.say("drill.questions.scope.units", context.scope().unitsOf(organisation).stream()
            .map(found -> found.name().in(texts.locale())).collect(Collectors.joining(", ")));
    }
}
