package dk.borgerstemme.platform.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Catalogue files in a directory. Names starting with a dot are skipped, because a mounted Kubernetes
 * ConfigMap keeps its bookkeeping there ({@code ..data}); any other file not ending in .yml is reported,
 * because a misnamed file silently ignored is a catalogue silently wrong.
 */
final class DirectoryFiles implements CatalogueSource.CatalogueFiles {

    private final Path directory;
    private final CatalogueSource.CatalogueFiles shipped;

    DirectoryFiles(Path directory, CatalogueSource.CatalogueFiles shipped) {
        this.directory = directory;
        this.shipped = shipped;
    }

    @Override
    public List<SourceFile> frameworks(Problems problems) {
        Map<String, SourceFile> byName = new LinkedHashMap<>();
        shipped.frameworks(problems).forEach(file -> byName.put(file.name(), file));
        Path folder = directory.resolve("frameworks");
        if (Files.isDirectory(folder)) {
            read(ymlFilesIn(folder, problems), problems).forEach(file -> byName.put(file.name(), file));
        }
        return byName.values().stream().sorted(Comparator.comparing(SourceFile::name)).toList();
    }

    @Override
    public List<SourceFile> organisations(Problems problems) {
        Path folder = directory.resolve("organisations");
        if (!Files.isDirectory(folder)) {
            problems.add(directory.toString(), "organisations", "directory not found; it must hold one .yml file per organisation");
            return List.of();
        }
        List<Path> files = ymlFilesIn(folder, problems);
        if (files.isEmpty()) {
            problems.add(directory.toString(), "organisations", "holds no .yml file; it must hold one per organisation");
        }
        return read(files, problems);
    }

    private static List<Path> ymlFilesIn(Path folder, Problems problems) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.sorted().toList();
        } catch (IOException e) {
            problems.add(folder.toString(), Problems.WHOLE_FILE, "cannot be listed: " + e.getMessage());
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (name.endsWith(SourceFile.EXTENSION) && Files.isRegularFile(entry)) {
                files.add(entry);
            } else {
                problems.add(name, Problems.WHOLE_FILE, "is not a .yml file; only .yml files belong in " + folder);
            }
        }
        return files;
    }

    private static List<SourceFile> read(List<Path> files, Problems problems) {
        List<SourceFile> read = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                SourceFile.decode(name, Files.readAllBytes(file), problems).ifPresent(read::add);
            } catch (IOException e) {
                problems.add(name, Problems.WHOLE_FILE, "cannot be read: " + e.getMessage());
            }
        }
        return read;
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
