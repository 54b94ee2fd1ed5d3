package dk.borgerstemme.platform.catalogue;

import java.util.List;

/** The people who handle complaints; {@code units} are the ids of the units the team answers for. */
public record Team(String id, LocalizedText name, List<String> units) {

    public Team {
        units = Lists.copy(units);
    }
}
