package org.lectern.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.lectern.store.ProjectOpenException.Reason;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens and creates project files. Every check that can refuse a file runs before anything is written to
 * it, through a read-only connection, so a refused file stays byte-identical.
 */
public final class ProjectFiles {
    /** The project format this Lectern writes; Flyway migration V{n} brings a file to format n. */
    public static final int CURRENT_FORMAT = 4;
    /** The first format with the team's tables (team_link, team_outbox, team_synced, team_conflict). */
    static final int TEAM_FORMAT = 4;
    /** PRAGMA application_id of every Lectern project: "LCTN" in ASCII. */
    static final int APPLICATION_ID = 0x4C43544E;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int OPEN_BUSY_TIMEOUT_MS = 1_500;
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private ProjectFiles() {
    }

    /** Opens the project at {@code file}, creating a new empty project there if no file exists. */
    public static ProjectStore openOrCreate(Path file) throws ProjectOpenException {
        return openOrCreate(file, LockHolder.WINDOW);
    }

    /** As {@link #openOrCreate(Path)}, naming who holds the project while it is open (see {@link LockHolder}). */
    public static ProjectStore openOrCreate(Path file, LockHolder holder) throws ProjectOpenException {
        return Files.exists(file) ? open(file, holder) : create(file, holder);
    }

    public static ProjectStore open(Path file) throws ProjectOpenException {
        return open(file, LockHolder.WINDOW);
    }

    public static ProjectStore open(Path file, LockHolder holder) throws ProjectOpenException {
        String name = nameOf(file);
        checkReadableSqliteFile(file, name);
        // What the file is comes first: a read-only text file is "not a project", not "read-only".
        int format = probeFormat(file, name);
        if (isReadOnly(file)) {
            throw new ProjectOpenException(Reason.READ_ONLY, name + " is read-only, but Lectern saves as you work and"
                    + " so needs to write to it: copy it somewhere writable or change its permissions.");
        }
        ProjectLock lock = ProjectLock.take(file, holder);
        try {
            checkNotLocked(file, name);
            if (format < CURRENT_FORMAT) {
                migrate(file);
            }
            return connect(file, format < CURRENT_FORMAT ? CURRENT_FORMAT : format, lock, true);
        } catch (SQLException e) {
            lock.close();
            throw asOpenFailure(name, e);
        } catch (FlywayException e) {
            lock.close();
            throw new ProjectOpenException(Reason.UNREADABLE,
                    "Lectern could not bring " + name + " up to date: " + plainMessage(e) + ".", e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a project only to read it (the command line's {@code info}): never migrated, never written, and so
     * also possible on a read-only file. Writing through the returned store fails.
     */
    public static ProjectStore openForReading(Path file) throws ProjectOpenException {
        String name = nameOf(file);
        checkReadableSqliteFile(file, name);
        int format = probeFormat(file, name);
        if (format < CURRENT_FORMAT) {
            throw new ProjectOpenException(Reason.UNREADABLE, name + " was saved by an older version of Lectern:"
                    + " open it once in the Lectern window to bring it up to date.");
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        readOnly.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        try {
            return new SqliteProjectStore(file, DriverManager.getConnection(probeUrl(file), readOnly), format, null);
        } catch (SQLException e) {
            throw asOpenFailure(name, e);
        }
    }

    /**
     * Creates a new, empty project. It is made and migrated in a temporary file beside {@code file} and then
     * renamed to it in one step, so that a crash or a kill at any moment leaves either no file at that name or
     * a whole project, never a half-made file that would be refused for good.
     */
    public static ProjectStore create(Path file) throws ProjectOpenException {
        return create(file, LockHolder.WINDOW);
    }

    public static ProjectStore create(Path file, LockHolder holder) throws ProjectOpenException {
        return create(file, holder, true);
    }

    /**
     * As {@link #create(Path, LockHolder)}, for a project that one transaction fills at once (a team project's
     * first download, hundreds of megabytes). Until it is next opened the file keeps a rollback journal instead
     * of the write-ahead log: what the transaction writes then goes once into the file, not first into the log
     * and again into the file when the log is folded in (which took as long as the commit itself). The journal
     * keeps the file whole if Lectern is stopped meanwhile; opening it again goes back to the write-ahead log.
     * Its commit does not wait for the disk either (see {@link #connect}).
     */
    public static ProjectStore createToFillAtOnce(Path file, LockHolder holder) throws ProjectOpenException {
        return create(file, holder, false);
    }

    private static ProjectStore create(Path file, LockHolder holder, boolean writeAheadLog)
            throws ProjectOpenException {
        String name = nameOf(file);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw alreadyExists(name);
        }
        ProjectLock lock = null;
        Path temporary = null;
        boolean moved = false;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            lock = ProjectLock.take(file, holder);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw alreadyExists(name); // made by another program since the first look
            }
            // Holding the lock, no other Lectern is making this project: what is left of earlier tries is stale.
            UnfinishedCreation.removeLeftovers(file);
            temporary = UnfinishedCreation.temporaryFileFor(file);
            migrate(temporary);
            UnfinishedCreation.moveIntoPlace(temporary, file);
            moved = true;
            return connect(file, CURRENT_FORMAT, lock, writeAheadLog);
        } catch (ProjectOpenException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            if (temporary != null) {
                UnfinishedCreation.removeLeftovers(file);
            }
            if (moved) {
                removeHalfCreated(file);
            }
            if (lock != null) {
                lock.close();
            }
            throw new ProjectOpenException(Reason.UNREADABLE,
                    "Lectern could not create " + name + ": " + whyNot(e) + ".", e);
        }
    }

    /**
     * Sets aside a file at a project's name that a crash left before it became a project: empty, or with its
     * tables half made and no record in them. It is renamed beside itself ({@code NAME.unfinished-DATE-TIME}),
     * never deleted, so that the project can be made afresh. A file that holds any work, that is not a SQLite
     * file, or that another Lectern has open is left exactly as it was. Returns the new name, if it was moved.
     */
    public static Optional<Path> setAsideIfUnfinished(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (ProjectLock lock = ProjectLock.take(file, LockHolder.WINDOW)) {
            if (!UnfinishedProject.holdsNoWork(file)) {
                return Optional.empty();
            }
            return Optional.of(UnfinishedProject.setAside(file));
        } catch (ProjectOpenException | IOException e) {
            return Optional.empty(); // in use, or it cannot be moved: it stays where it is, as it is
        }
    }

    private static ProjectOpenException alreadyExists(String name) {
        return new ProjectOpenException(Reason.UNREADABLE, name + " already exists, and Lectern will not"
                + " overwrite it.");
    }

    /** File system errors carry just a path as their message; say what is wrong with it. */
    private static String whyNot(Exception e) {
        if (DiskFull.isCause(e)) {
            return "the disk is full, so " + DiskFull.WHAT_TO_DO.substring(0, DiskFull.WHAT_TO_DO.length() - 1);
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is in the way, as it is a file and not a folder";
        }
        if (e instanceof AccessDeniedException denied) {
            return "Lectern is not allowed to write in " + denied.getFile();
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getFile() + ": " + plainMessage(new Exception(failed.getReason()));
        }
        return plainMessage(e);
    }

    /** A new project that could not be opened after all is no project: leave nothing of it behind. */
    private static void removeHalfCreated(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(sibling(file, suffix));
            } catch (IOException ignored) {
                // Best effort: the message already says the project could not be created.
            }
        }
    }

    private static void checkReadableSqliteFile(Path file, String name) throws ProjectOpenException {
        if (Files.isDirectory(file)) {
            throw new ProjectOpenException(Reason.NOT_A_PROJECT, name + " is a folder, not a Lectern project file.");
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (NoSuchFileException e) {
            throw new ProjectOpenException(Reason.UNREADABLE, name + " does not exist (it may have been moved,"
                    + " renamed or deleted).", e);
        } catch (AccessDeniedException e) {
            throw new ProjectOpenException(Reason.UNREADABLE, "Lectern is not allowed to read " + name
                    + ": ask for read and write permission on it.", e);
        } catch (IOException e) {
            throw new ProjectOpenException(Reason.UNREADABLE,
                    "Lectern cannot read " + name + ": " + plainMessage(e) + ".", e);
        }
        if (read == 0) {
            throw new ProjectOpenException(Reason.NOT_A_PROJECT, name + " is empty: it is not a Lectern project.");
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
            throw new ProjectOpenException(Reason.NOT_A_PROJECT,
                    name + " is not a Lectern project: it is not a SQLite database.");
        }
    }

    /** Root may write anywhere, so the permission bits are asked too: a file marked read-only is left so. */
    private static boolean isReadOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        try {
            return posix != null && !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    private static int probeFormat(Path file, String name) throws ProjectOpenException {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        readOnly.setProperty("busy_timeout", Integer.toString(OPEN_BUSY_TIMEOUT_MS));
        try (Connection connection = DriverManager.getConnection(probeUrl(file), readOnly);
             Statement statement = connection.createStatement()) {
            int applicationId = pragmaInt(statement, "application_id");
            if (applicationId != APPLICATION_ID) {
                throw new ProjectOpenException(Reason.NOT_A_PROJECT,
                        name + " is a SQLite database, but not a Lectern project.");
            }
            int format = pragmaInt(statement, "user_version");
            if (format > CURRENT_FORMAT) {
                throw new ProjectOpenException(Reason.NEWER_VERSION, name + " was saved by a newer version of Lectern"
                        + " (project format " + format + ", while this version reads up to format " + CURRENT_FORMAT
                        + "), so update Lectern to open it; the file has not been changed.");
            }
            return format;
        } catch (SQLException e) {
            throw asOpenFailure(name, e);
        }
    }

    /** Asks for the write lock once, briefly, so that a file in use elsewhere is refused before any write. */
    private static void checkNotLocked(Path file, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(file), settings(OPEN_BUSY_TIMEOUT_MS));
             Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("ROLLBACK");
        }
    }

    private static void migrate(Path file) {
        Flyway.configure(ProjectFiles.class.getClassLoader())
                .dataSource(url(file), null, null)
                .locations("classpath:org/lectern/store/migration")
                .load()
                .migrate();
    }

    private static SqliteProjectStore connect(Path file, int format, ProjectLock lock, boolean writeAheadLog)
            throws SQLException {
        Connection connection = DriverManager.getConnection(url(file), settings(BUSY_TIMEOUT_MS));
        try (Statement statement = connection.createStatement()) {
            // WAL: readers (the sqlite3 shell, a backup) never block Lectern's writes, and each commit is cheap.
            statement.execute("PRAGMA journal_mode = " + (writeAheadLog ? "WAL" : "DELETE"));
            if (!writeAheadLog) {
                // Nothing in a project being filled at once exists only here (a first download: the team's
                // server holds it all), so its commit does not wait for the disk: a power cut in the seconds
                // after it could damage the file, which the next download makes again, and Lectern crashing
                // cannot. Opened again, the project is saved as every other is.
                statement.execute("PRAGMA synchronous = OFF");
            }
            // The WAL is copied into the file by IdleCheckpoint, off the window's thread, rather than by
            // whichever commit happens to fill it.
            statement.execute("PRAGMA wal_autocheckpoint = 0");
        }
        return new SqliteProjectStore(file, connection, format, lock);
    }

    private static Properties settings(int busyTimeoutMs) {
        Properties settings = new Properties();
        settings.setProperty("foreign_keys", "true");
        settings.setProperty("busy_timeout", Integer.toString(busyTimeoutMs));
        // In WAL mode NORMAL never corrupts the file and survives a crash of Lectern; only a power cut can
        // lose the last moments of work. FULL would add a disk flush to every keystroke's edit.
        settings.setProperty("synchronous", "NORMAL");
        return settings;
    }

    /** A connection that only reads, beside the store's own (for a copy of the project, say). */
    static Connection readerOf(Path file) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        readOnly.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        return DriverManager.getConnection(url(file), readOnly);
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /**
     * A read-only connection to a WAL-mode file still creates its -wal and -shm files, and leaves them behind.
     * When no other connection has the file open (no -wal or -journal beside it), the file alone holds the
     * whole database, so it is read as immutable: no lock, no side file. Otherwise those files exist already.
     */
    private static String probeUrl(Path file) {
        if (Files.exists(sibling(file, "-wal")) || Files.exists(sibling(file, "-journal"))) {
            return url(file);
        }
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString() + "?immutable=1";
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static int pragmaInt(Statement statement, String pragma) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    private static ProjectOpenException asOpenFailure(String name, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
                    || code.name().startsWith("SQLITE_BUSY")) {
                return new ProjectOpenException(Reason.LOCKED, name + " is locked by another program that is using it,"
                        + " so close that program (or wait for it to finish) and open the project again.", e);
            }
            if (DamagedFile.isCause(e)) {
                // Only files that begin as SQLite databases get this far (checkReadableSqliteFile).
                return new ProjectOpenException(Reason.DAMAGED, DamagedFile.message(name), e);
            }
            if (DiskFull.isCause(e)) {
                return new ProjectOpenException(Reason.UNREADABLE, "Lectern cannot open " + name + " because the disk"
                        + " it is on is full: " + DiskFull.WHAT_TO_DO, e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code.name().startsWith("SQLITE_READONLY")) {
                return new ProjectOpenException(Reason.READ_ONLY,
                        name + " cannot be written to. Lectern saves as you work, so it needs a writable file.", e);
            }
        }
        return new ProjectOpenException(Reason.UNREADABLE,
                "Lectern cannot open " + name + ": " + plainMessage(e) + ".", e);
    }

    /**
     * The innermost cause's message without the driver's "[SQLITE_...]" code or trailing full stop, to end
     * a sentence of ours; never a class name.
     */
    static String plainMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage();
        message = message.replaceAll("\\[SQLITE_[A-Z_]*\\]\\s*", "").strip();
        while (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return message.isEmpty() ? "an unexpected error occurred" : message.lines().findFirst().orElse("");
    }
}
