package org.lectern.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.lectern.store.ProjectOpenException.Reason;

/**
 * Keeps a second Lectern from editing a project that is open already: each would hold its own picture of the
 * project in memory and undo over the other's edits. The lock is taken on a small file beside the project
 * (never on the project file, whose locks belong to SQLite), and the operating system drops it if Lectern
 * ends without closing, so a crash never leaves a project locked. Readers (the sqlite3 shell, {@code lectern
 * info}, a colleague bringing the file in) are not affected.
 */
final class ProjectLock implements AutoCloseable {
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

    static ProjectLock take(Path project) throws ProjectOpenException {
        String name = project.getFileName().toString();
        Path file = lockFileOf(project);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(name);
            }
            return new ProjectLock(file, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(name);
        } catch (ProjectOpenException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProjectOpenException(Reason.UNREADABLE, "Lectern cannot write beside " + name + " ("
                    + e.getMessage() + "), so it cannot keep the project safe from a second window.", e);
        }
    }

    private static ProjectOpenException inUse(String name) {
        return new ProjectOpenException(Reason.LOCKED, name + " is open in another Lectern window; work in that"
                + " one, or close it and open the project here.");
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
