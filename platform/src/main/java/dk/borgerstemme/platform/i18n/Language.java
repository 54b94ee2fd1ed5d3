package dk.borgerstemme.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages every page is offered in. Danish is the default; the code is also the page's {@code lang}. */
public enum Language {
    DA("da", "Dansk"),
    EN("en", "English");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public static final Language DEFAULT = DA;

    public static Optional<Language> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code)).findFirst();
    }

    public static Language of(Locale locale) {
        return of(locale.getLanguage()).orElse(DEFAULT);
    }

    public String code() {
        return code;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public Language other() {
        return this == DA ? EN : DA;
    }
}
