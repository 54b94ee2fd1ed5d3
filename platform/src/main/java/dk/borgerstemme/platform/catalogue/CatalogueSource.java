package dk.borgerstemme.platform.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the catalogue files come from: the default shipped in the jar, or a directory on disk (in
 * Kubernetes, the mounted ConfigMap) holding {@code organisations/*.yml} and optionally {@code frameworks/*.yml}.
 * A directory's organisations replace the shipped demo organisations; its frameworks are added to the
 * shipped templates, and one with the same file name replaces the template.
 */
public final class CatalogueSource {

    static final String CLASSPATH_ROOT = "catalogue";

    private final CatalogueFiles files;

    private CatalogueSource(CatalogueFiles files) {
        this.files = files;
    }

    public static CatalogueSource classpath() {
        return new CatalogueSource(new ClasspathFiles(CatalogueSource.class.getClassLoader(), CLASSPATH_ROOT));
    }

    public static CatalogueSource directory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return new CatalogueSource(new DirectoryFiles(directory, new ClasspathFiles(CatalogueSource.class.getClassLoader(), CLASSPATH_ROOT)));
    }

    /** A classpath catalogue under another root, so tests can try broken indexes. */
    static CatalogueSource classpath(ClassLoader classLoader, String root) {
        return new CatalogueSource(new ClasspathFiles(classLoader, root));
    }

    List<SourceFile> frameworkFiles(Problems problems) {
        return files.frameworks(problems);
    }

    List<SourceFile> organisationFiles(Problems problems) {
        return files.organisations(problems);
    }

    @Override
    public String toString() {
        return files.toString();
    }

    /** The two kinds of place catalogue files are read from. */
    interface CatalogueFiles {

        List<SourceFile> frameworks(Problems problems);

        List<SourceFile> organisations(Problems problems);
    }
}
