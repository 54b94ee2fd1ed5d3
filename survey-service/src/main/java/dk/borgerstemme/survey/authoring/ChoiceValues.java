package dk.borgerstemme.survey.authoring;

import java.text.Normalizer;
import java.util.Locale;

/** A choice's stored value made from its Danish label when the author leaves the value blank: "Én gang om ugen" → "en-gang-om-ugen". */
final class ChoiceValues {

    private ChoiceValues() {
    }

    static String from(SurveyDocument.Text label) {
        if (label == null || label.da() == null) {
            return "";
        }
        String danish = label.da().toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String plain = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String value = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return value.length() > 40 ? value.substring(0, 40).replaceAll("-+$", "") : value;
    }
}
