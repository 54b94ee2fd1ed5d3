package dk.borgerstemme.platform.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalogue files on the classpath. A jar cannot be listed, so each folder has an index beside it
 * ({@code organisations.txt}, {@code frameworks.txt}) naming its files, one a line; {@code #} starts a comment.
 */
final class ClasspathFiles implements CatalogueSource.CatalogueFiles {

    private final ClassLoader classLoader;
    private final String root;

    ClasspathFiles(ClassLoader classLoader, String root) {
        this.classLoader = classLoader;
        this.root = root;
    }

    @Override
    public List<SourceFile> frameworks(Problems problems) {
        return indexed("frameworks", problems);
    }

    @Override
    public List<SourceFile> organisations(Problems problems) {
        return indexed("organisations", problems);
    }

    private List<SourceFile> indexed(String folder, Problems problems) {
        String indexName = root + "/" + folder + ".txt";
        byte[] index = read(indexName);
        if (index == null) {
            problems.add(indexName, Problems.WHOLE_FILE, "not found on the classpath");
            return List.of();
        }
        List<SourceFile> files = new ArrayList<>();
        List<String> lines = SourceFile.decode(indexName, index, problems).map(SourceFile::text).orElse("").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).replaceFirst("#.*", "").strip();
            String line = "line " + (i + 1);
            if (name.isEmpty()) {
                continue;
            }
            if (!name.endsWith(SourceFile.EXTENSION) || name.contains("/")) {
                problems.add(indexName, line, "must name a file in " + folder + "/ ending in .yml, was " + name);
                continue;
            }
            byte[] content = read(root + "/" + folder + "/" + name);
            if (content == null) {
                problems.add(indexName, line, "lists " + name + ", which is not on the classpath in " + root + "/" + folder + "/");
                continue;
            }
            SourceFile.decode(name, content, problems).ifPresent(files::add);
        }
        return files;
    }

    private byte[] read(String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "classpath:" + root;
    }
}
