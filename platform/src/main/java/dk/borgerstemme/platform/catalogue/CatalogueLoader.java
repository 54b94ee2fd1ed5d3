package dk.borgerstemme.platform.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads and checks the whole catalogue: every framework, then every organisation against them.
 * Nothing is half loaded: either every file is valid, or a {@link CatalogueException} lists every problem.
 */
public final class CatalogueLoader {

    private CatalogueLoader() {
    }

    public static Catalogue load(CatalogueSource source) {
        Problems problems = new Problems();
        List<SourceFile> frameworkFiles = source.frameworkFiles(problems);
        Set<String> frameworkIds = new LinkedHashSet<>();
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        for (SourceFile file : frameworkFiles) {
            frameworkIds.add(file.baseName());
            FrameworkReader.read(file, problems).ifPresent(framework -> frameworks.put(framework.id(), framework));
        }
        List<Organisation> organisations = new ArrayList<>();
        for (SourceFile file : source.organisationFiles(problems)) {
            OrganisationReader.read(file, frameworkIds, frameworks, problems).ifPresent(organisations::add);
        }
        problems.throwIfAny();
        return new Catalogue(organisations, List.copyOf(frameworks.values()));
    }
}
