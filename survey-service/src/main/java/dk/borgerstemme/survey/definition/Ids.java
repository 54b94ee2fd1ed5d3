package dk.borgerstemme.survey.definition;

import java.util.regex.Pattern;

/** Survey ids, question keys and choice values: the same shape as catalogue ids, safe in addresses and forms. */
public final class Ids {

    public static final String RULE = "1 to 40 characters from a-z, 0-9 and -, not starting with -";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private Ids() {
    }

    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }
}
