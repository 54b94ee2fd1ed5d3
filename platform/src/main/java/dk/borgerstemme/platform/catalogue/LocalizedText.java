package dk.borgerstemme.platform.catalogue;

import java.util.Locale;
import java.util.Objects;

/** A text the organisation writes in Danish and, where it has one, in English. */
public record LocalizedText(String da, String en) {

    public LocalizedText {
        Objects.requireNonNull(da, "da");
    }

    public static LocalizedText danish(String da) {
        return new LocalizedText(da, null);
    }

    /** English when the reader asked for English and there is an English text, otherwise Danish. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : da;
    }
}
