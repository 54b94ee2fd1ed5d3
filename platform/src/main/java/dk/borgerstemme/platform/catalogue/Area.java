package dk.borgerstemme.platform.catalogue;

import java.util.List;

public record Area(String id, LocalizedText name, List<Unit> units) {

    public Area {
        units = Lists.copy(units);
    }
}
