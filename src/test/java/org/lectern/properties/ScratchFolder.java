package org.lectern.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder of its own for one case of a property, inside the build's test scratch folder (never the analyst's
 * home or the system's temporary folder), removed with everything in it when the case is done.
 */
final class ScratchFolder implements AutoCloseable {
    private final Path path;

    private ScratchFolder(Path path) {
        this.path = path;
    }

    static ScratchFolder create(String purpose) throws IOException {
        Path base = base().resolve("properties");
        Files.createDirectories(base);
        return new ScratchFolder(Files.createTempDirectory(base, purpose + "-"));
    }

    /** The build's test scratch folder: the parent of the data folder the build gives Lectern in tests. */
    static Path base() {
        String dataHome = System.getProperty("lectern.data.home");
        return dataHome != null ? Path.of(dataHome).toAbsolutePath().getParent()
                : Path.of("target", "test-scratch").toAbsolutePath();
    }

    Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
