package org.lectern.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.lectern.store.ProjectOpenException.Reason;

/**
 * Keeps a second Lectern from editing a project that is open already: each would hold its own picture of the
 * project in memory and undo over the other's edits. The lock is taken on a small file beside the project
 * (never on the project file, whose locks belong to SQLite), and the operating system drops it if Lectern
 * ends without closing, so a crash never leaves a project locked. Readers (the sqlite3 shell, {@code lectern
 * info}, a colleague bringing the file in) are not affected.
 *
 * <p>The lock file names its holder (a window or the command line, and its process), so that the Lectern that
 * is refused can say what to do. Only a byte far beyond that text is locked: Windows forbids reading locked
 * bytes, and the text must stay readable. That byte lies within the whole-file lock older Lecterns take, so
 * the two still exclude each other.
 */
final class ProjectLock implements AutoCloseable {
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".lock");
    }

    static ProjectLock take(Path project, LockHolder holder) throws ProjectOpenException {
        String name = project.getFileName().toString();
        Path file = lockFileOf(project);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
            if (lock == null) {
                throw inUse(name, file);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder.name() + "\n" + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            return new ProjectLock(file, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(name, file);
        } catch (ProjectOpenException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            if (DiskFull.isCause(e)) {
                throw new ProjectOpenException(Reason.UNREADABLE, "Lectern cannot open " + name
                        + " because the disk it is on is full: " + DiskFull.WHAT_TO_DO, e);
            }
            throw new ProjectOpenException(Reason.UNREADABLE, "Lectern cannot write beside " + name + " ("
                    + e.getMessage() + "), so it cannot keep the project safe from a second window.", e);
        }
    }

    private static ProjectOpenException inUse(String name, Path lockFile) {
        String message = switch (holderOf(lockFile).orElse(LockHolder.WINDOW)) {
            case WINDOW -> name + " is open in another Lectern window: work on it there, or close it there and"
                    + " try again.";
            case COMMAND_LINE -> name + " is being changed by a 'lectern import' command that is still running:"
                    + " wait for it to finish, then try again.";
        };
        return new ProjectOpenException(Reason.LOCKED, message);
    }

    /** Who wrote the lock file; empty when it names none (an older Lectern wrote nothing into it). */
    private static Optional<LockHolder> holderOf(Path lockFile) {
        try {
            String first = Files.readString(lockFile, StandardCharsets.US_ASCII).lines()
                    .findFirst().orElse("").strip();
            for (LockHolder holder : LockHolder.values()) {
                if (holder.name().equals(first)) {
                    return Optional.of(holder);
                }
            }
        } catch (IOException e) {
            // Unreadable: the caller says what is most likely, a window.
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A lock file left behind holds no lock: the next Lectern opens the project all the same.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing was locked through it.
            }
        }
    }
}
