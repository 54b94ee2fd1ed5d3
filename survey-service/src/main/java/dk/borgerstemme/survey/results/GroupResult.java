package dk.borgerstemme.survey.results;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One cell of the results: a measurement point for one group (or the total). A suppressed cell carries
 * why and no numbers at all, so nothing downstream can show them by mistake.
 */
public record GroupResult(String group, Optional<Suppression.Reason> suppressedBecause, Optional<Shown> shown) {

    public static GroupResult hidden(String group, Suppression.Reason reason) {
        return new GroupResult(group, Optional.of(reason), Optional.empty());
    }

    public static GroupResult shown(String group, Shown shown) {
        return new GroupResult(group, Optional.empty(), Optional.of(shown));
    }

    public boolean suppressed() {
        return shown.isEmpty();
    }

    GroupResult withChange(Optional<ChangeSincePreviousWave> change) {
        return shown.map(figures -> shown(group, new Shown(figures.responses(), figures.codesIssued(), figures.figures(), change)))
            .orElse(this);
    }

    /** The numbers of a cell that may be shown. {@code codesIssued} is empty where codes are not issued by the grouping. */
    public record Shown(int responses, OptionalInt codesIssued, ScaleFigures figures, Optional<ChangeSincePreviousWave> change) {

        /** Responses ÷ codes issued; empty without codes. Kiosk responses have no code, so it can exceed 1. */
        public OptionalDouble responseRate() {
            if (codesIssued.isEmpty() || codesIssued.getAsInt() == 0) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of((double) responses / codesIssued.getAsInt());
        }
    }
}
