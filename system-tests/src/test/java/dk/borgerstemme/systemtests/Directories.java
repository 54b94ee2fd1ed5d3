package dk.borgerstemme.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Clearing away what a test run no longer needs. */
final class Directories {

    private Directories() {
    }

    /** Deletes {@code directory} and everything in it; says so on standard error if it cannot. */
    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(Directories::deleteFile);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }

    private static void deleteFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
