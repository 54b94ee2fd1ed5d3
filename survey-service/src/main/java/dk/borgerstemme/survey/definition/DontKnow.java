package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;

/**
 * "Ved ikke / ikke relevant": an answer a scale question may offer. It is stored, so a report can tell
 * it from a skipped question, but it is never scored: not in the mean, the share positive or n.
 */
public final class DontKnow {

    public static final String VALUE = "ved-ikke";
    public static final LocalizedText LABEL = new LocalizedText("Ved ikke / ikke relevant", "Don't know / not relevant");

    private DontKnow() {
    }
}
