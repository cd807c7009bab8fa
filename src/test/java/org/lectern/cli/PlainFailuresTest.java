package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.log.LecternLog;
import org.lectern.store.LockHolder;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectOpenException;
import org.lectern.store.ProjectStore;

/** The command line says what stopped it and what to do, in one line, never a bare "failed: cause". */
class PlainFailuresTest {
    private static final String DAMAGED = "case.lectern is damaged and cannot be read through (it may have been cut"
            + " short by a crash or a full disk, or copied incompletely); Lectern has left it as it is, so open a"
            + " backup copy instead, or rescue what can be read with the sqlite3 shell's .recover command.";

    @TempDir
    Path folder;

    @Test
    void aProjectCutShortIsReportedAsDamagedWithWhatToDoAndLeftAsItWas() throws Exception {
        Path project = folder.resolve("case.lectern");
        Path article = TestFiles.write(folder, "report.txt", "Harbour report\n\n"
                + "Customs records show four containers weighed twice the declared amount.\n\n".repeat(3_000));
        assertEquals(0, CliRun.importing(project, article).exitCode());
        byte[] whole = Files.readAllBytes(project);
        Files.write(project, java.util.Arrays.copyOf(whole, whole.length / 2));
        String before = TestFiles.sha256(project);

        CliRun info = CliRun.of("info", project.toString());
        CliRun adding = CliRun.importing(project, article);

        assertEquals(1, info.exitCode());
        assertEquals(List.of(DAMAGED), info.errLines());
        assertEquals(1, adding.exitCode());
        assertEquals(List.of(DAMAGED), adding.errLines());
        assertEquals(before, TestFiles.sha256(project), "the damaged file is left exactly as it was");
    }

    @Test
    void importIntoAProjectOpenInTheWindowSaysToCloseTheWindow() throws Exception {
        Path project = folder.resolve("case.lectern");
        Path article = TestFiles.write(folder, "report.txt", TestFiles.PLAIN_TEXT);
        // As the window holds the project it shows.
        try (ProjectStore window = ProjectFiles.openOrCreate(project, LockHolder.WINDOW)) {
            CliRun run = CliRun.importing(project, article);

            assertEquals(1, run.exitCode());
            assertEquals(List.of("case.lectern is open in another Lectern window: work on it there, or close it there"
                    + " and try again."), run.errLines());
        }
    }

    @Test
    void theWindowOpeningAProjectAnImportIsAddingToIsToldToWaitForTheCommand() throws Exception {
        Path project = folder.resolve("case.lectern");
        try (ImportTarget running = ImportTarget.at(project, "Ana")) {
            running.session();

            ProjectOpenException refused = org.junit.jupiter.api.Assertions.assertThrows(ProjectOpenException.class,
                    () -> ProjectFiles.openOrCreate(project, LockHolder.WINDOW));

            assertEquals("case.lectern is being changed by a 'lectern import' command that is still running: wait for"
                    + " it to finish, then try again.", refused.getMessage());
        }
    }

    @Test
    void anUnexpectedFailureIsOneLineNamingTheLogFileWhichHoldsTheStackTrace() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        WindowOpener broken = project -> {
            throw new IllegalStateException("Application launch failed", new UnsupportedOperationException(
                    "Unable to open DISPLAY for window 4711"));
        };

        int exitCode = LecternCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), broken)
                .execute(folder.resolve("a.lectern").toString());

        assertEquals(1, exitCode);
        assertEquals(List.of("Lectern met an unexpected problem (Unable to open DISPLAY for window 4711) and stopped"
                + " what it was doing; everything saved before is safe, and the details are in " + LecternLog.file()
                + ": please send that file along when you report the problem."), err.toString().lines().toList());
        String log = Files.readString(LecternLog.file());
        assertTrue(log.contains("Caused by: java.lang.UnsupportedOperationException: Unable to open DISPLAY for window"
                + " 4711"), "the log file has the whole chain of causes");
        assertTrue(log.contains("\tat org.lectern.cli.PlainFailuresTest"), "and where it happened");
    }
}
