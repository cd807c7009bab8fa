package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import refuses an article the window could not show, saying why, and leaves the project as it was. */
class UnbrokenStretchImportCommandTest {
    @TempDir
    Path folder;

    @Test
    void an_article_with_a_stretch_too_long_to_show_is_skipped_with_the_reason_and_the_project_is_unchanged()
            throws Exception {
        Path project = folder.resolve("case.lectern");
        Path good = TestFiles.write(folder, "denial.txt", TestFiles.PLAIN_TEXT);
        assertEquals(0, CliRun.importing(project, good).exitCode());
        byte[] before = Files.readAllBytes(project);
        Path blob = TestFiles.write(folder, "dump.txt", "Log dump\n\n" + "ab".repeat(60_000) + "\nend\n");

        CliRun run = CliRun.importing(project, blob);

        assertEquals(1, run.exitCode());
        assertEquals(List.of("skipped dump.txt: dump.txt has 120,000 characters in a row with no space or line break"
                + " (from line 3): Lectern shows at most 100,000 characters without a break. Add line breaks to the"
                + " text and import it again."), run.errLines());
        assertEquals(1, CliRun.of("info", project.toString()).json().get("documents").asInt());
        assertArrayEquals(before, Files.readAllBytes(project), "the project file is byte for byte as it was");
    }
}
