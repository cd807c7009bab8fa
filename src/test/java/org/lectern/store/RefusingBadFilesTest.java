package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Change;
import org.lectern.store.ProjectOpenException.Reason;

/**
 * Files that are not projects Lectern can work on are refused with one sentence an analyst can act on,
 * and are left exactly as they were: same bytes, and no -wal, -shm or -journal file beside them.
 */
class RefusingBadFilesTest {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** A qualified Java class name such as org.sqlite.SQLiteException. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");
    /** Where one sentence ends and another begins. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");

    @TempDir
    Path folder;

    /** Every file in the folder, by name, with the SHA-256 of its bytes. */
    private Map<String, String> fingerprint() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                files.put(entry.getFileName().toString(), Files.isDirectory(entry) ? "folder" : sha256(entry));
            }
        }
        return files;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Opens {@code file}, expects it refused for {@code reason}, and checks the message and the folder. */
    private ProjectOpenException assertRefused(Path file, Reason reason, String... keyWords) throws Exception {
        Map<String, String> before = fingerprint();

        ProjectOpenException refusal = assertThrows(ProjectOpenException.class, () -> ProjectFiles.open(file).close());

        assertEquals(reason, refusal.reason(), refusal.getMessage());
        assertOneSentenceNaming(file.getFileName().toString(), refusal.getMessage());
        for (String word : keyWords) {
            assertTrue(refusal.getMessage().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
                    "\"" + word + "\" in: " + refusal.getMessage());
        }
        assertEquals(before, fingerprint(), "the refused file and its folder are left exactly as they were");
        return refusal;
    }

    static void assertOneSentenceNaming(String fileName, String message) {
        assertTrue(message.contains(fileName), "names the file: " + message);
        assertFalse(message.contains("SQLITE_"), "no driver codes: " + message);
        assertFalse(message.contains("Exception"), "no class names: " + message);
        assertFalse(CLASS_NAME.matcher(message).find(), "no class names: " + message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(message.endsWith("."), "ends as a sentence: " + message);
        String withoutName = message.replace(fileName, "the file");
        assertFalse(SENTENCE_BREAK.matcher(withoutName).find(), "one sentence: " + message);
    }

    private Path fileWith(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private Path lecternProject(String name) throws Exception {
        Path file = folder.resolve(name);
        try (ProjectStore store = ProjectFiles.create(file)) {
            store.write(new SampleProject().creation());
        }
        return file;
    }

    @Test
    void anEmptyFileIsNotAProject() throws Exception {
        assertRefused(fileWith("empty.lectern", new byte[0]), Reason.NOT_A_PROJECT, "empty", "not a Lectern project");
    }

    @Test
    void aTextFileIsNotAProject() throws Exception {
        Path notes = fileWith("notes.lectern", "Meeting notes\nSQLite is great.\n".getBytes(StandardCharsets.UTF_8));

        assertRefused(notes, Reason.NOT_A_PROJECT, "not a Lectern project");
    }

    @Test
    void randomBinaryGarbageIsNotAProject() throws Exception {
        byte[] garbage = new byte[10_000];
        new Random(42).nextBytes(garbage);

        assertRefused(fileWith("garbage.lectern", garbage), Reason.NOT_A_PROJECT, "not a Lectern project");
    }

    @Test
    void aPictureIsNotAProject() throws Exception {
        byte[] png = new byte[2_000];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);

        assertRefused(fileWith("photo.png", png), Reason.NOT_A_PROJECT, "not a Lectern project");
    }

    @Test
    void aFileWithTheSqliteHeaderFollowedByGarbageIsRefusedAsDamaged() throws Exception {
        for (int length : new int[] {SQLITE_HEADER.length, 40, 100, 8_192}) {
            byte[] content = new byte[length];
            new Random(length).nextBytes(content);
            System.arraycopy(SQLITE_HEADER, 0, content, 0, SQLITE_HEADER.length);

            assertRefused(fileWith("damaged-" + length + ".lectern", content), Reason.DAMAGED, "is damaged",
                    "backup");
        }
    }

    @Test
    void aProjectCutShortIsRefusedAsDamagedWithWhatToDoAndLeftAsItWas() throws Exception {
        Path project = lecternProject("case.lectern");
        try (ProjectStore store = ProjectFiles.open(project)) {
            // A long article spreads the project over many pages, as a real one with a few reports does.
            java.time.Instant now = java.time.Instant.parse("2026-03-14T10:00:00Z");
            store.write(List.of(Change.created(new org.lectern.model.Document(java.util.UUID.randomUUID(),
                    "Long report", org.lectern.model.DocumentMetadata.EMPTY,
                    "Paragraph about the harbour. ".repeat(20_000), new org.lectern.model.Stamp("Alice Analyst", now,
                    now)))));
        }
        byte[] whole = Files.readAllBytes(project);
        Files.write(project, java.util.Arrays.copyOf(whole, whole.length / 2));

        ProjectOpenException refusal = assertRefused(project, Reason.DAMAGED);

        assertEquals("case.lectern is damaged and cannot be read through (it may have been cut short by a crash or a"
                + " full disk, or copied incompletely); Lectern has left it as it is, so open a backup copy instead,"
                + " or rescue what can be read with the sqlite3 shell's .recover command.", refusal.getMessage());
    }

    @Test
    void aSqliteDatabaseOfAnotherProgramIsNotAProject() throws Exception {
        Path other = folder.resolve("contacts.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contact (name TEXT, phone TEXT)");
            statement.execute("INSERT INTO contact VALUES ('Ana', '555-0100')");
        }

        assertRefused(other, Reason.NOT_A_PROJECT, "SQLite database", "not a Lectern project");
    }

    @Test
    void aSqliteDatabaseOfAnotherProgramInWalModeIsAlsoLeftUntouched() throws Exception {
        Path other = folder.resolve("browser-history.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("CREATE TABLE visit (url TEXT)");
        }

        assertRefused(other, Reason.NOT_A_PROJECT, "not a Lectern project");
    }

    @Test
    void aProjectFromANewerLecternIsRefusedAndSaysSo() throws Exception {
        Path newer = lecternProject("from the future.lectern");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (ProjectFiles.CURRENT_FORMAT + 1));
        }

        ProjectOpenException refusal = assertRefused(newer, Reason.NEWER_VERSION, "newer version", "update Lectern");

        assertTrue(refusal.getMessage().contains("format " + (ProjectFiles.CURRENT_FORMAT + 1)), refusal.getMessage());
    }

    @Test
    void aReadOnlyProjectIsRefusedBecauseLecternSavesAsYouWork() throws Exception {
        Path project = lecternProject("archived.lectern");
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assertRefused(project, Reason.READ_ONLY, "read-only", "writable");
        } finally {
            Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aReadOnlyFileThatIsNotAProjectIsRefusedAsNotAProject() throws Exception {
        Path notes = fileWith("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("r--r--r--"));

        assertRefused(notes, Reason.NOT_A_PROJECT, "not a Lectern project");
    }

    @Test
    void aProjectLockedByAnotherProgramIsRefusedWithinAFewSeconds() throws Exception {
        Path project = lecternProject("shared.lectern");
        Map<String, String> before = fingerprint();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + project);
             Statement statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("DELETE FROM link"); // an uncommitted write: holds the write lock in WAL mode too
            assertWriteLockHeld(project);

            long started = System.nanoTime();
            ProjectOpenException refusal = assertThrows(ProjectOpenException.class,
                    () -> ProjectFiles.open(project).close());
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(Reason.LOCKED, refusal.reason(), refusal.getMessage());
            assertOneSentenceNaming("shared.lectern", refusal.getMessage());
            assertTrue(refusal.getMessage().contains("another program"), refusal.getMessage());
            assertTrue(millis < 4_000, "refused after " + millis + " ms");
            statement.execute("ROLLBACK");
        }
        assertEquals(before, fingerprint(), "the locked project is left exactly as it was");
        try (ProjectStore store = ProjectFiles.open(project)) {
            assertEquals(1, store.load().links().size(), "once the other program lets go, the project opens");
        }
    }

    /** Makes sure the test really holds the lock Lectern asks for, whatever the journal mode. */
    private static void assertWriteLockHeld(Path project) throws Exception {
        try (Connection probe = DriverManager.getConnection("jdbc:sqlite:" + project);
             Statement statement = probe.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 0");
            assertThrows(java.sql.SQLException.class, () -> statement.execute("BEGIN IMMEDIATE"));
        }
    }

    @Test
    void aFolderIsNotAProject() throws Exception {
        Path project = Files.createDirectory(folder.resolve("looks like a project.lectern"));

        assertRefused(project, Reason.NOT_A_PROJECT, "folder");
    }

    @Test
    void aMissingFileIsReportedAsMissingNotCreated() throws Exception {
        Path missing = folder.resolve("moved away.lectern");

        assertRefused(missing, Reason.UNREADABLE, "does not exist");
        assertFalse(Files.exists(missing));
    }

    @Test
    void aRefusedFileCanStillBeOpenedOnceItIsFixed() throws Exception {
        Path project = lecternProject("fixed later.lectern");
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r--r--r--"));
        assertRefused(project, Reason.READ_ONLY);
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rw-r--r--"));

        try (ProjectStore store = ProjectFiles.open(project)) {
            assertEquals(1, store.load().documents().size());
            store.write(List.of(Change.deleted(store.load().links().get(0))));
        }
    }
}
