package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ordinary start, to the whole window and out again, says nothing: not a line on the terminal Lectern was started
 * from, and nothing in its log, which would otherwise gather the same lines from every start and hide the ones
 * that matter. Lectern starts as the analyst starts it (its launcher, in a JVM of its own, headless).
 */
class QuietStartTest {
    private static final String NODE = "lectern-quiet-start-test";

    @TempDir
    static Path folder;

    @AfterAll
    static void forgetPreferences() throws BackingStoreException {
        Preferences.userRoot().node(NODE).removeNode();
    }

    @Test
    void aStartToTheWholeWindowPrintsNothingAndLogsNothing() throws Exception {
        Path data = FirstFrameClassesTest.asOnEveryStartAfterTheFirst(folder, NODE).getParent();
        Path whole = folder.resolve("whole");
        List<String> command = FirstFrameClassesTest.childJava(folder, NODE);
        command.addAll(List.of(
                // Quits once the whole window has been laid out (LecternApp's hook for the start-up benchmark).
                "-Dlectern.benchmark.readyFile=" + folder.resolve("shown"),
                "-Dlectern.benchmark.interactiveFile=" + whole, "-Dlectern.benchmark.exitWhenReady=true",
                "-cp", System.getProperty("java.class.path"), "org.lectern.Launcher"));
        Path terminal = folder.resolve("terminal.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(terminal.toFile())
                .start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the window did not show and quit");
        String printed = Files.readString(terminal);
        assertEquals(0, process.exitValue(), printed);
        assertTrue(Files.exists(whole), "the whole window was shown");

        assertEquals("", printed, "on the terminal");
        Path logs = data.resolve("logs");
        assertFalse(Files.exists(logs) && Files.list(logs).findAny().isPresent(),
                () -> "in the log: " + readLogs(logs));
    }

    private static String readLogs(Path logs) {
        try (var files = Files.list(logs)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.toList()) {
                text.append(Files.readString(file));
            }
            return text.toString();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
