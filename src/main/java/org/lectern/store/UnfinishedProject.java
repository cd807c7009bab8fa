package org.lectern.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A file at a project's name that never became a project: an earlier Lectern, killed while it created it,
 * left it empty or with its tables half made, and so without a single record of anyone's work. Such a file is
 * refused when opened; it may be set aside (renamed, never deleted) so that the project can be made afresh.
 */
final class UnfinishedProject {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Flyway's own bookkeeping: rows in it are no analyst's work. */
    private static final String MIGRATION_HISTORY = "flyway_schema_history";
    /** SQLite's files beside a database; they travel with it, so that nothing of it is cut off. */
    private static final String[] SIDE_FILES = {"-journal", "-wal", "-shm"};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private UnfinishedProject() {
    }

    /**
     * Whether {@code file} is empty, or a SQLite database in which no table but the migration history holds a
     * row. Anything else, or anything that cannot be told for sure, counts as work. The file is not changed:
     * a database is looked at in a copy, where SQLite may finish or roll back what was cut short.
     */
    static boolean holdsNoWork(Path file) {
        try {
            if (Files.size(file) == 0) {
                return true;
            }
            if (!startsWithSqliteHeader(file)) {
                return false;
            }
            Path scratch = Files.createTempDirectory("lectern-inspect");
            try {
                Path copy = scratch.resolve("project");
                Files.copy(file, copy);
                for (String side : new String[] {"-journal", "-wal"}) {
                    Path sideFile = ProjectFiles.sibling(file, side);
                    if (Files.exists(sideFile)) {
                        Files.copy(sideFile, ProjectFiles.sibling(copy, side));
                    }
                }
                return everyTableIsEmpty(copy);
            } finally {
                deleteTree(scratch);
            }
        } catch (IOException | SQLException e) {
            return false;
        }
    }

    /** Renames {@code file} and its SQLite side files with a suffix that says what it is; returns the new name. */
    static Path setAside(Path file) throws IOException {
        String base = file.getFileName() + ".unfinished-" + LocalDateTime.now().format(STAMP);
        Path target = file.resolveSibling(base);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(base + "-" + n);
        }
        for (String side : SIDE_FILES) {
            Path sideFile = ProjectFiles.sibling(file, side);
            if (Files.exists(sideFile)) {
                move(sideFile, ProjectFiles.sibling(target, side));
            }
        }
        move(file, target);
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean startsWithSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }

    private static boolean everyTableIsEmpty(Path copy) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                if (table.equals(MIGRATION_HISTORY)) {
                    continue;
                }
                try (ResultSet rows = statement.executeQuery(
                        "SELECT EXISTS (SELECT 1 FROM \"" + table.replace("\"", "\"\"") + "\")")) {
                    if (rows.next() && rows.getInt(1) != 0) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> entries = Files.walk(folder)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException ignored) {
            // A scratch copy left in the temporary folder harms nothing.
        }
    }
}
