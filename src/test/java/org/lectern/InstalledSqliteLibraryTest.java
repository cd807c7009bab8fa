package org.lectern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.bench.SqliteNativeLibrary;

/**
 * An installed Lectern finds SQLite's native library where the installer put it and unpacks nothing into the
 * temporary folder at start; run from the jar alone, sqlite-jdbc unpacks it there on every start. Each run is
 * a separate {@code lectern info} process whose temporary folder is watched for the files it creates.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InstalledSqliteLibraryTest {
    @TempDir
    Path folder;

    @Test
    void with_the_library_where_the_installer_puts_it_nothing_is_unpacked_into_the_temporary_folder() throws Exception {
        List<String> created = createdInTemporaryFolderBy(SqliteNativeLibrary.unpackedFlags(folder.resolve("native")));

        assertEquals(List.of(), created);
    }

    @Test
    void from_the_jar_alone_sqlite_unpacks_its_library_into_the_temporary_folder() throws Exception {
        List<String> created = createdInTemporaryFolderBy(List.of());

        assertTrue(created.stream().anyMatch(name -> name.contains("sqlitejdbc")), "created: " + created);
    }

    /** Runs {@code lectern import} of an article into a new project with these JVM flags; the names it created in its temporary folder. */
    private List<String> createdInTemporaryFolderBy(List<String> flags) throws IOException, InterruptedException {
        Path project = folder.resolve("case.lectern");
        Path temporary = Files.createDirectories(folder.resolve("tmp"));
        Path article = Files.writeString(folder.resolve("article.txt"),
                "The harbour authority denied on Monday that the freighter Grey Tern carried rifles.\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + temporary, "-Dlectern.data.home=" + folder.resolve("data"),
                "-Duser.home=" + folder.resolve("home"), "-Djava.awt.headless=true",
                "-Djava.util.prefs.userRoot=" + System.getProperty("java.util.prefs.userRoot")));
        command.addAll(flags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "import",
                "--project", project.toString(), "--analyst", "Ana", article.toString()));
        List<String> created = new ArrayList<>();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            temporary.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            Process lectern = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("out.txt").toFile()).start();
            assertTrue(lectern.waitFor(3, TimeUnit.MINUTES), "lectern did not end");
            assertEquals(0, lectern.exitValue(), Files.readString(folder.resolve("out.txt")));
            assertTrue(Files.exists(project), "the project was made, so SQLite was loaded");
            for (WatchKey key = watcher.poll(); key != null; key = watcher.poll()) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    created.add(String.valueOf(event.context()));
                }
                key.reset();
            }
        }
        return created;
    }
}
