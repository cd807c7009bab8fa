package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Which arguments open the window straight away, without the command-line parser, and which go to it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WindowArgumentsTest {
    @Test
    void no_arguments_open_the_window_on_the_default_project() {
        assertEquals(Optional.of(Optional.empty()), WindowStart.of().map(WindowStart::project));
    }

    @Test
    void one_project_file_opens_the_window_on_it_as_an_absolute_path() {
        assertEquals(Optional.of(Optional.of(Path.of("case.lectern").toAbsolutePath())),
                WindowStart.of("case.lectern").map(WindowStart::project));
        assertEquals(Optional.of(Optional.of(Path.of("/tmp/Case.LECTERN"))),
                WindowStart.of("/tmp/x/../Case.LECTERN").map(WindowStart::project));
    }

    @Test
    void commands_options_other_files_and_several_projects_go_to_the_command_line() {
        for (String[] args : new String[][] {{"info", "case.lectern"}, {"--version"}, {"-h"}, {"notes.txt"},
            {"a.lectern", "b.lectern"}, {"@arguments.lectern"}, {".lectern"}, {"import"}}) {
            assertEquals(Optional.empty(), WindowStart.of(args), String.join(" ", args));
        }
    }

    @Test
    void a_window_that_cannot_open_prints_its_one_line_reason_and_exits_1() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WindowOpener noDisplay = project -> {
            throw new CommandFailure("Lectern could not open its window (no display).");
        };

        int exitCode = WindowStart.of().orElseThrow().run(noDisplay, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(1, exitCode);
        assertEquals("Lectern could not open its window (no display).", err.toString(StandardCharsets.UTF_8).strip());
    }
}
