package org.lectern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.service.AnalystPreferences;

/**
 * Starting the window is not slowed by the command line: {@code lectern} and {@code lectern case.lectern} open the
 * window without loading the command-line parser (picocli) or the libraries only the commands use. Each start runs
 * in its own JVM, headless, as the launcher starts it, and reports every class it loaded ({@code -verbose:class}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WindowStartTest {
    private static final String NODE = "lectern-window-start-test";

    @TempDir
    Path folder;

    @BeforeEach
    void analystIsKnown() throws BackingStoreException {
        // As on every start after the first: the analyst's name is known, so no dialog asks for it.
        new AnalystPreferences(Preferences.userRoot().node(NODE)).setAnalyst("Ana Reyes");
        Preferences.userRoot().node(NODE).flush();
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        Preferences.userRoot().node(NODE).removeNode();
    }

    @Test
    void lectern_with_no_arguments_shows_the_window_without_loading_the_command_line_parser() throws Exception {
        List<String> loaded = startAndList();

        assertTrue(Files.exists(folder.resolve("data").resolve("default.lectern")), "the default project was opened");
        assertTrue(loaded.contains("org.lectern.ui.LecternApp"), "the window was started");
        assertNoCommandLineParser(loaded);
        assertFalse(loaded.contains("org.lectern.cli.ImportCommand"), "no command was prepared");
    }

    @Test
    void lectern_with_a_project_file_shows_that_project_without_loading_the_command_line_parser() throws Exception {
        Path project = folder.resolve("case.lectern");

        List<String> loaded = startAndList(project.toString());

        assertTrue(Files.exists(project), "case.lectern was created and opened");
        assertNoCommandLineParser(loaded);
    }

    @Test
    void a_command_still_goes_through_the_command_line_parser() throws Exception {
        List<String> loaded = run("--version");

        assertTrue(loaded.stream().anyMatch(name -> name.startsWith("picocli.")), "--version is read by picocli");
        assertFalse(loaded.contains("org.lectern.ui.LecternApp"), "and opens no window");
    }

    private static void assertNoCommandLineParser(List<String> loaded) {
        List<String> picocli = loaded.stream().filter(name -> name.startsWith("picocli.")).toList();
        assertEquals(0, picocli.size(), () -> picocli.size() + " picocli classes loaded, the first: " + picocli.get(0));
    }

    /** Runs {@code lectern ARGS} to its first frame, then lets it quit; the classes it loaded, by name. */
    private List<String> startAndList(String... args) throws Exception {
        Path marker = folder.resolve("shown");
        List<String> loaded = run(args, "-Dlectern.benchmark.readyFile=" + marker,
                "-Dlectern.benchmark.exitWhenReady=true");
        assertTrue(Files.exists(marker), "the window was shown");
        return loaded;
    }

    private List<String> run(String... args) throws Exception {
        return run(args, new String[0]);
    }

    private List<String> run(String[] args, String... flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dlectern.data.home=" + folder.resolve("data"),
                "-Duser.home=" + folder.resolve("home"), "-Djavafx.cachedir=" + folder.resolve("javafx-cache"),
                "-Djava.util.prefs.userRoot=" + System.getProperty("java.util.prefs.userRoot"),
                "-D" + AnalystPreferences.NODE_PROPERTY + "=" + NODE));
        command.addAll(Arrays.asList(flags));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(Arrays.asList(args));
        Path out = folder.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "lectern did not end");
        List<String> lines = Files.readAllLines(out);
        assertEquals(0, process.exitValue(), () -> String.join("\n", lines.subList(Math.max(0, lines.size() - 30),
                lines.size())));
        // "[0.123s][info][class,load] picocli.CommandLine source: jar:..." -> "picocli.CommandLine"
        return lines.stream().filter(line -> line.contains("[class,load] "))
                .map(line -> line.substring(line.indexOf("[class,load] ") + 13).split(" ")[0]).toList();
    }
}
