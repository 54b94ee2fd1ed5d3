package dk.borgerstemme.survey.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The outcome of {@link Suppression}: the total, whether it is hidden, and the hidden groups with why. */
public record SuppressedTable<G>(int total, boolean totalHidden, Map<G, Suppression.Reason> hidden) {

    public SuppressedTable {
        hidden = Collections.unmodifiableMap(new LinkedHashMap<>(hidden));
    }

    public boolean isHidden(G group) {
        return hidden.containsKey(group);
    }

    public Optional<Suppression.Reason> reason(G group) {
        return Optional.ofNullable(hidden.get(group));
    }

    public Set<G> hiddenGroups() {
        return hidden.keySet();
    }
}
