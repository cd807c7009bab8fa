package org.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Files in the states that a Lectern killed while creating a project left behind, before projects were
 * made beside their name: made here the way it happened, by SQLite and Flyway themselves.
 */
public final class HalfMadeProjects {
    private HalfMadeProjects() {
    }

    /** Killed just after SQLite opened the new file: 0 bytes. */
    public static Path empty(Path file) throws IOException {
        return Files.write(file, new byte[0]);
    }

    /** Killed after Flyway made its history table and before the first migration was committed. */
    public static Path onlyMigrationHistory(Path file) {
        try {
            Flyway.configure(HalfMadeProjects.class.getClassLoader())
                    .dataSource("jdbc:sqlite:" + file.toAbsolutePath(), null, null)
                    .locations("classpath:org/lectern/store/migration")
                    .callbacks(new BaseCallback() {
                        @Override
                        public boolean supports(Event event, Context context) {
                            return event == Event.BEFORE_EACH_MIGRATE;
                        }

                        @Override
                        public void handle(Event event, Context context) {
                            if (event == Event.BEFORE_EACH_MIGRATE) {
                                throw new IllegalStateException("stopped before the first migration");
                            }
                        }
                    })
                    .load()
                    .migrate();
        } catch (FlywayException | IllegalStateException expected) {
            // That is the state wanted.
        }
        return file;
    }

    /**
     * Killed in the middle of the first migration (a JVM halted after some of its statements): the file holds
     * the migration history, and SQLite's journal beside it what a rollback needs.
     */
    public static Path killedMidMigration(Path file) throws IOException, InterruptedException {
        // A halted JVM leaves SQLite's native library where it unpacked it: a folder of its own, removed after.
        Path nativeLibrary = Files.createTempDirectory("lectern-halted-sqlite");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.sqlite.tmpdir=" + nativeLibrary, "-cp", System.getProperty("java.class.path"),
                MigrationCutShort.class.getName(), file.toAbsolutePath().toString(), "5")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean halted = child.waitFor(2, TimeUnit.MINUTES) && child.exitValue() == 137;
        try (var left = Files.list(nativeLibrary)) {
            for (Path unpacked : left.toList()) {
                Files.deleteIfExists(unpacked);
            }
        }
        Files.deleteIfExists(nativeLibrary);
        if (!halted) {
            throw new IllegalStateException("the program making " + file.getFileName() + " was not halted mid-way");
        }
        if (!Files.exists(ProjectFiles.sibling(file, "-journal"))) {
            throw new IllegalStateException("no journal beside " + file.getFileName() + ": it was not cut short");
        }
        return file;
    }
}
