package dk.borgerstemme.platform.catalogue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Every organisation this installation serves, and the measurement-point frameworks it knows. */
public final class Catalogue {

    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Framework> frameworks = new LinkedHashMap<>();

    public Catalogue(List<Organisation> organisations, List<Framework> frameworks) {
        organisations.forEach(organisation -> {
            if (this.organisations.putIfAbsent(organisation.shortName(), organisation) != null) {
                throw new IllegalArgumentException("Two organisations are called " + organisation.shortName());
            }
        });
        frameworks.forEach(framework -> this.frameworks.putIfAbsent(framework.id(), framework));
    }

    /** A catalogue of these organisations that knows exactly their frameworks; handy in tests. */
    public static Catalogue of(Organisation... organisations) {
        List<Framework> frameworks = Arrays.stream(organisations)
            .map(Organisation::framework)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
        return new Catalogue(List.of(organisations), frameworks);
    }

    public List<Organisation> organisations() {
        return List.copyOf(organisations.values());
    }

    public Optional<Organisation> find(String shortName) {
        return Optional.ofNullable(organisations.get(shortName));
    }

    public Organisation require(String shortName) {
        return find(shortName).orElseThrow(() -> new UnknownOrganisationException(shortName));
    }

    /** Every framework the catalogue knows, including templates no organisation uses yet. */
    public List<Framework> frameworks() {
        return List.copyOf(frameworks.values());
    }

    public Optional<Framework> framework(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }
}
