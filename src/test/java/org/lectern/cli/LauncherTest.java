package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LauncherTest {
    @TempDir
    Path folder;

    @Test
    void version_prints_Lectern_and_a_version_and_exits_0() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        assertEquals(List.of("Lectern " + ManifestVersion.UNPACKAGED), run.outLines(),
                "run from classes, there is no manifest to read a version from");
        assertEquals("", run.err());
    }

    @Test
    void help_lists_the_import_and_info_commands_and_exits_0() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: lectern"), run.out());
        assertTrue(run.outLines().stream().anyMatch(line -> line.strip().startsWith("import ")), run.out());
        assertTrue(run.outLines().stream().anyMatch(line -> line.strip().startsWith("info ")), run.out());
        assertTrue(run.out().contains("PROJECT.lectern"), run.out());
    }

    @Test
    void import_help_names_its_options() {
        CliRun run = CliRun.of("import", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--project=PATH.lectern"), run.out());
        assertTrue(run.out().contains("--analyst=NAME"), run.out());
    }

    @Test
    void a_project_argument_opens_the_window_on_that_project() {
        List<Path> opened = new ArrayList<>();
        Path project = folder.resolve("case.lectern");

        CliRun run = CliRun.withWindow(opened, project.toString());

        assertEquals(0, run.exitCode());
        assertEquals(List.of(project.toAbsolutePath()), opened);
    }

    @Test
    void no_argument_opens_the_window_on_the_default_project() {
        List<Path> opened = new ArrayList<>();

        CliRun run = CliRun.withWindow(opened);

        assertEquals(0, run.exitCode());
        assertEquals(Arrays.asList((Path) null), opened);
    }

    @Test
    void a_project_not_named_dot_lectern_is_refused_without_opening_the_window() {
        List<Path> opened = new ArrayList<>();
        Path notes = folder.resolve("notes.txt");

        CliRun run = CliRun.withWindow(opened, notes.toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("end in .lectern"), run.err());
        assertTrue(opened.isEmpty());
        assertFalse(Files.exists(notes));
    }

    @Test
    void a_mistyped_command_is_named_as_such() {
        List<Path> opened = new ArrayList<>();

        CliRun run = CliRun.withWindow(opened, "imprt", "--project", "case.lectern", "report.html");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("'imprt' is neither a command (import, info, export, agreement, team) nor a project file: Lectern project"
                + " files end in .lectern. See 'lectern --help'."), run.errLines());
        assertTrue(opened.isEmpty());
    }

    @Test
    void the_window_opens_one_project_at_a_time() {
        List<Path> opened = new ArrayList<>();

        CliRun run = CliRun.withWindow(opened, "case.lectern", "report.html");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("lectern import --project case.lectern FILE..."), run.err());
        assertTrue(opened.isEmpty());
    }

    @Test
    void an_unknown_option_is_reported_in_one_line_with_exit_code_2() {
        CliRun run = CliRun.of("info", "--verbose", "x.lectern");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("Unknown option: '--verbose'. See 'lectern info --help'."), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void a_failure_is_reported_in_one_line_without_a_stack_trace_and_exit_code_1() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        WindowOpener broken = project -> {
            throw new IllegalStateException("Application launch failed", new UnsupportedOperationException(
                    "Unable to open DISPLAY"));
        };

        int exitCode = LecternCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), broken)
                .execute(folder.resolve("a.lectern").toString());

        assertEquals(1, exitCode);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("Lectern met an unexpected problem (Unable to open DISPLAY)"), err.toString());
    }
}
