package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Lectern killed while it creates a project (kill -9, a crash) leaves either no project at that
 * name or a whole one, never a half-made file that the next start refuses for good.
 */
class CrashWhileCreatingTest {
    /** Halting points spread over one creation, from before it starts to just after it ends. */
    private static final int POINTS = 10;

    @TempDir
    Path folder;

    @Test
    void killingLecternAtAnyPointOfCreatingAProjectLeavesNoHalfFileAtItsName() throws Exception {
        List<String> halfMade = new ArrayList<>();
        int cutMidway = 0;
        for (int point = 0; point < POINTS; point++) {
            double fraction = 1.1 * point / (POINTS - 1);
            Path run = Files.createDirectories(folder.resolve("run-" + point));
            Path scratch = Files.createDirectories(run.resolve("scratch"));
            Path target = run.resolve("NEW.lectern");

            // The halted child's unpacked SQLite library stays in the run's folder, removed with it.
            Process child = new ProcessBuilder(javaCommand(), "-Dorg.sqlite.tmpdir=" + run,
                    "-cp", System.getProperty("java.class.path"),
                    CreationCutShort.class.getName(), scratch.toString(), target.toString(),
                    String.format(Locale.ROOT, "%.3f", fraction))
                    .redirectErrorStream(true).redirectOutput(run.resolve("child.log").toFile()).start();
            assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the child ends");
            assertEquals(137, child.exitValue(), () -> "the child was halted: " + log(run));

            if (!Files.exists(scratch.resolve("created")) && !leftovers(run).isEmpty()) {
                cutMidway++;
            }
            // What the next start does with the name: open the project, or create it afresh.
            try (ProjectStore store = ProjectFiles.openOrCreate(target)) {
                assertEquals(ProjectFiles.CURRENT_FORMAT, store.schemaVersion());
            } catch (ProjectOpenException e) {
                halfMade.add(String.format(Locale.ROOT, "halted at %.2f of a creation: %s", fraction,
                        e.getMessage()));
            }
            assertEquals(List.of(), leftovers(run), "the next creation clears what a cut-short one left");
        }
        assertEquals(List.of(), halfMade);
        assertTrue(cutMidway > 0, "some halts fell in the middle of a creation, so the test tried what it claims");
    }

    /** Lectern's temporary files for NEW.lectern. */
    private static List<String> leftovers(Path run) throws java.io.IOException {
        try (var entries = Files.list(run)) {
            return entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> name.startsWith(".NEW.lectern.")).sorted().toList();
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String log(Path run) {
        try {
            return Files.readString(run.resolve("child.log"));
        } catch (java.io.IOException e) {
            return "(no log)";
        }
    }
}
