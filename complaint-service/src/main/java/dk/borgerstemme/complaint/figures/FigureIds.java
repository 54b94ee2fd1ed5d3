package dk.borgerstemme.complaint.figures;

import dk.borgerstemme.complaint.casefile.AnkestyrelsenDecision;
import dk.borgerstemme.complaint.casefile.Outcome;
import dk.borgerstemme.complaint.casefile.ReconsiderationResult;
import dk.borgerstemme.complaint.casefile.Track;

import java.util.Locale;

/** The ids the figures API uses for the case file's enums (docs: the portal's contract). */
final class FigureIds {

    static final String UNTRIAGED = "untriaged";

    private FigureIds() {
    }

    static String track(Track track) {
        return track.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String outcome(Outcome outcome) {
        return switch (outcome) {
            case UPHELD -> "medhold";
            case PARTLY_UPHELD -> "delvis-medhold";
            case NOT_UPHELD -> "ikke-medhold";
            case NOT_RELEVANT -> "ikke-relevant";
        };
    }

    static String reconsideration(ReconsiderationResult result) {
        return result.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String ankestyrelsen(AnkestyrelsenDecision decision) {
        return switch (decision) {
            case CONFIRMED -> "stadfaestet";
            case CHANGED -> "aendret";
            case REMITTED -> "hjemvist";
            case DISMISSED -> "afvist";
        };
    }
}
