package dk.borgerstemme.systemtests;

/** The two languages every page comes in; Danish is the default. */
enum Language {

    DANISH("da", "in Danish"),
    ENGLISH("en", "in English");

    private final String code;
    private final String description;

    Language(String code, String description) {
        this.code = code;
        this.description = description;
    }

    String code() {
        return code;
    }

    String description() {
        return description;
    }

    /** {@code path} asked for in this language, as the language switch asks for it. */
    String address(String path) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + code;
    }

    /** The text a page in this language uses, from the Danish and the English text given. */
    String pick(String danish, String english) {
        return this == DANISH ? danish : english;
    }
}
