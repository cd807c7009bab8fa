package org.lectern.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library laid out as the installer ships it (installer/build.sh): copied out of sqlite-jdbc's jar
 * once, into a folder, and named to sqlite-jdbc by the system properties {@code org.sqlite.lib.path} and
 * {@code org.sqlite.lib.name}, so that no start unpacks it into the temporary folder; and that folder named as
 * sqlite-jdbc's own temporary folder ({@code org.sqlite.tmpdir}), which it lists at every start to clear away
 * copies left by earlier ones.
 */
public final class SqliteNativeLibrary {
    private SqliteNativeLibrary() {
    }

    /** Copies the library for this system into {@code folder}; the JVM flags that make sqlite-jdbc load it there. */
    public static List<String> unpackedFlags(Path folder) {
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        try (InputStream library = OSInfo.class.getResourceAsStream(resource)) {
            if (library == null) {
                throw new IllegalStateException("sqlite-jdbc has no " + resource);
            }
            Files.createDirectories(folder);
            Files.copy(library, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of("-Dorg.sqlite.lib.path=" + folder.toAbsolutePath(), "-Dorg.sqlite.lib.name=" + name,
                "-Dorg.sqlite.tmpdir=" + folder.toAbsolutePath());
    }
}
