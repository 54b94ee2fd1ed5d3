package dk.borgerstemme.survey.results;

import dk.borgerstemme.platform.catalogue.Area;
import dk.borgerstemme.platform.catalogue.Organisation;

import java.util.Arrays;
import java.util.Optional;

/** What results are split by. Codes are issued per unit and role, so a way of answering has no response rate. */
public enum Grouping {
    UNIT("unit"),
    AREA("area"),
    ROLE("role"),
    ANSWERED_HOW("answered-how");

    private final String id;

    Grouping(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Grouping> fromId(String id) {
        return Arrays.stream(values()).filter(grouping -> grouping.id.equals(id)).findFirst();
    }

    public boolean hasResponseRate() {
        return this != ANSWERED_HOW;
    }

    String groupOf(WaveAnswers.Leaf leaf, Organisation organisation) {
        return switch (this) {
            case UNIT -> leaf.unit();
            case AREA -> areaOf(leaf.unit(), organisation);
            case ROLE -> leaf.role();
            case ANSWERED_HOW -> leaf.answeredHow();
        };
    }

    /** The group issued codes count towards; empty for a grouping that codes are not issued by. */
    public Optional<String> groupOf(IssuedCodes codes, Organisation organisation) {
        return switch (this) {
            case UNIT -> Optional.of(codes.unit());
            case AREA -> Optional.of(areaOf(codes.unit(), organisation));
            case ROLE -> Optional.of(codes.role());
            case ANSWERED_HOW -> Optional.empty();
        };
    }

    static String areaOf(String unit, Organisation organisation) {
        return organisation.areaOfUnit(unit).map(Area::id).orElse("");
    }
}
