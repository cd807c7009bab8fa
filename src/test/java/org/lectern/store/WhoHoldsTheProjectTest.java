package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project taken by another Lectern is refused with what to do about the one that has it: a window or a command. */
class WhoHoldsTheProjectTest {
    @TempDir
    Path folder;

    @Test
    void aProjectOpenInAWindowIsRefusedSayingToWorkInThatWindowOrCloseIt() throws Exception {
        Path file = folder.resolve("case.lectern");
        try (ProjectStore window = ProjectFiles.create(file, LockHolder.WINDOW)) {
            ProjectOpenException refused = assertThrows(ProjectOpenException.class,
                    () -> ProjectFiles.open(file, LockHolder.COMMAND_LINE));

            assertEquals(ProjectOpenException.Reason.LOCKED, refused.reason());
            assertEquals("case.lectern is open in another Lectern window: work on it there, or close it there and try"
                    + " again.", refused.getMessage());
        }
    }

    @Test
    void aProjectBeingImportedIntoIsRefusedSayingToWaitForTheCommand() throws Exception {
        Path file = folder.resolve("case.lectern");
        try (ProjectStore command = ProjectFiles.create(file, LockHolder.COMMAND_LINE)) {
            ProjectOpenException refused = assertThrows(ProjectOpenException.class,
                    () -> ProjectFiles.open(file, LockHolder.WINDOW));

            assertEquals(ProjectOpenException.Reason.LOCKED, refused.reason());
            assertEquals("case.lectern is being changed by a 'lectern import' command that is still running: wait for"
                    + " it to finish, then try again.", refused.getMessage());
        }
    }

    @Test
    void theLockFileStaysReadableWhileHeldSoThatTheHolderCanBeNamed() throws Exception {
        Path file = folder.resolve("case.lectern");
        try (ProjectStore command = ProjectFiles.create(file, LockHolder.COMMAND_LINE)) {
            String lock = Files.readString(ProjectLock.lockFileOf(file));

            assertEquals("COMMAND_LINE\n" + ProcessHandle.current().pid() + "\n", lock);
        }
    }
}
