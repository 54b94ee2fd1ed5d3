package dk.borgerstemme.survey.definition;

import dk.borgerstemme.platform.catalogue.LocalizedText;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the answers were given: asked of every respondent by the answering flow itself and stored with
 * the response, never part of a survey's own questions, so that no survey can leave it out. Answers
 * given by someone else on the person's behalf are known to rate satisfaction higher, so results can
 * be split by it. {@code id} is the value stored.
 */
@Serdeable
public enum AnsweredHow {
    ALONE("alene",
        text("Jeg har svaret selv", "I answered on my own"),
        text("Jeg svarede selv", "I answered myself")),
    WITH_HELP_FROM_STAFF("med-hjaelp-fra-medarbejder",
        text("Jeg har svaret med hjælp fra en medarbejder", "I answered with help from a member of staff"),
        text("En medarbejder hjalp mig", "A member of staff helped me")),
    WITH_HELP_FROM_RELATIVE("med-hjaelp-fra-paaroerende",
        text("Jeg har svaret med hjælp fra en pårørende", "I answered with help from a relative"),
        text("En fra min familie eller en ven hjalp mig", "Someone from my family or a friend helped me")),
    ON_BEHALF_BY_RELATIVE_OR_GUARDIAN("paa-vegne-af-borgeren",
        text("Jeg er pårørende eller værge og har svaret på borgerens vegne",
            "I am a relative or guardian and answered on the person's behalf"),
        text("Jeg har svaret for en anden", "I answered for someone else"));

    public static final LocalizedText QUESTION = text("Hvordan er spørgsmålene blevet besvaret?", "How were the questions answered?");
    public static final LocalizedText QUESTION_EASY_READ = text("Hvem har svaret?", "Who answered?");
    public static final LocalizedText HELP = text(
        "Vi spørger, fordi svar med hjælp kan være anderledes. Alle måder at svare på er lige gode.",
        "We ask because answers given with help can differ. Every way of answering is equally fine.");

    private final String id;
    private final LocalizedText label;
    private final LocalizedText easyRead;

    AnsweredHow(String id, LocalizedText label, LocalizedText easyRead) {
        this.id = id;
        this.label = label;
        this.easyRead = easyRead;
    }

    public String id() {
        return id;
    }

    public LocalizedText label() {
        return label;
    }

    public LocalizedText easyRead() {
        return easyRead;
    }

    public static Optional<AnsweredHow> fromId(String id) {
        return Arrays.stream(values()).filter(way -> way.id.equals(id)).findFirst();
    }

    /** The person answered, with someone beside them. */
    public boolean withHelp() {
        return this == WITH_HELP_FROM_STAFF || this == WITH_HELP_FROM_RELATIVE;
    }

    /** Someone else answered for the person. */
    public boolean byProxy() {
        return this == ON_BEHALF_BY_RELATIVE_OR_GUARDIAN;
    }

    private static LocalizedText text(String da, String en) {
        return new LocalizedText(da, en);
    }
}
