package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;

/**
 * The analyst's first sight of Lectern, the article, is not held up by the parts of the window it does not show:
 * the side panels, the menus, the tag palette, the document list, the status line, dialogs and export are neither
 * built nor even loaded before that first frame. The window starts in its own JVM, headless, and reports every
 * class it loaded ({@code -verbose:class}) up to its first frame; without ClassPreloading, which loads the rest of
 * the window's classes on a thread of its own beside the first frame.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FirstFrameClassesTest {
    private static final String NODE = "lectern-first-frame-test";

    @TempDir
    static Path folder;

    private static List<String> firstFrame;

    @BeforeAll
    static void startTheWindowToItsFirstFrame() throws Exception {
        asOnEveryStartAfterTheFirst(folder, NODE);
        firstFrame = classesLoadedUntilTheFirstFrame();
    }

    /**
     * As on every start after the first: the analyst's name is known (preferences node {@code node}), so no dialog
     * asks for it, and the default project ({@code folder}/data/default.lectern) is there, with the sample article.
     */
    static Path asOnEveryStartAfterTheFirst(Path folder, String node) throws Exception {
        new AnalystPreferences(Preferences.userRoot().node(node)).setAnalyst("Ana Reyes");
        Preferences.userRoot().node(node).flush();
        Path project = Files.createDirectories(folder.resolve("data")).resolve("default.lectern");
        try (ProjectSession session = ProjectSetup.open(project, "Ana Reyes")) {
            ProjectSetup.ensureSample(session);
        }
        return project;
    }

    @AfterAll
    static void forgetPreferences() throws BackingStoreException {
        Preferences.userRoot().node(NODE).removeNode();
    }

    @Test
    void the_first_frame_shows_a_glimpse_of_the_article_read_from_the_project() {
        assertTrue(firstFrame.contains("org.lectern.ui.GlimpseFirst"), "the glimpse was shown");
        assertTrue(firstFrame.contains("org.lectern.store.DocumentPeek"), "its text was read from the project");
    }

    @Test
    void neither_the_article_view_nor_richtextfx_nor_the_theme_is_loaded_before_the_first_frame() {
        assertNoneLoaded("org.lectern.ui.MainWindow", "org.lectern.ui.article.ArticleView",
                "org.fxmisc.richtext.GenericStyledArea", "org.fxmisc.flowless.VirtualFlow",
                "atlantafx.base.theme.PrimerLight", "atlantafx.base.theme.PrimerDark");
        List<String> loaded = firstFrame.stream().filter(name -> name.startsWith("org.fxmisc.")
                || name.startsWith("org.reactfx.") || name.startsWith("atlantafx.")).toList();
        assertEquals(List.of(), loaded.stream().limit(5).toList(), () -> loaded.size() + " classes");
    }

    @Test
    void no_control_and_no_stylesheet_is_made_or_read_before_the_first_frame() {
        // (Control itself may be loaded, unused, where a signature names a control: loading is not initialising.)
        assertNoneLoaded("javafx.css.Stylesheet", "javafx.scene.control.Label", "javafx.scene.control.Labeled",
                "javafx.scene.control.TitledPane", "javafx.scene.control.TextField",
                "javafx.scene.control.skin.LabeledSkinBase");
    }

    @Test
    void no_side_panel_is_loaded_before_the_first_frame() {
        assertNoneLoaded("org.lectern.ui.panels.ActorsPanel", "org.lectern.ui.panels.ClaimsPanel",
                "org.lectern.ui.panels.EvidencePanel", "org.lectern.ui.panels.AnnotationsPanel",
                "org.lectern.ui.review.ReviewPanel", "javafx.scene.control.TableView",
                "javafx.scene.control.TabPane");
    }

    @Test
    void no_menu_palette_document_list_or_status_line_is_loaded_before_the_first_frame() {
        assertNoneLoaded("org.lectern.ui.Menus", "javafx.scene.control.MenuBar", "org.lectern.ui.TagPalette",
                "org.lectern.ui.DocumentList", "org.lectern.ui.StatusLine", "javafx.scene.control.SplitPane");
    }

    @Test
    void no_dialog_export_writer_or_export_library_is_loaded_before_the_first_frame() {
        List<String> loaded = firstFrame.stream().filter(name -> name.startsWith("org.lectern.ui.")
                && name.endsWith("Dialog") || name.startsWith("org.lectern.io.export.")
                || name.startsWith("com.openhtmltopdf.") || name.startsWith("org.apache.pdfbox.")
                || name.startsWith("io.pebbletemplates.") || name.startsWith("org.apache.poi.")).toList();
        assertEquals(List.of(), loaded);
    }

    @Test
    void the_log_is_set_up_without_reading_an_xml_configuration_before_the_first_frame() {
        assertTrue(firstFrame.contains("org.lectern.log.LogFileConfigurator"), "the log was set up");
        // (Logback's start-up names JoranException in its signatures: that class alone is no configuration read.)
        List<String> loaded = firstFrame.stream().filter(name -> !name.endsWith("Exception"))
                .filter(name -> name.startsWith("ch.qos.logback.core.joran.")
                || name.startsWith("ch.qos.logback.core.model.") || name.startsWith("ch.qos.logback.classic.joran."))
                .toList();
        assertEquals(List.of(), loaded.stream().limit(5).toList(), () -> loaded.size() + " XML configuration classes");
    }

    private static void assertNoneLoaded(String... names) {
        List<String> loaded = List.of(names).stream().filter(firstFrame::contains).toList();
        assertEquals(List.of(), loaded, "loaded before the first frame");
    }

    /** The classes the child JVM loaded, by name, before it printed that its first frame was laid out. */
    private static List<String> classesLoadedUntilTheFirstFrame() throws Exception {
        return classesLoadedUntilTheFirstFrame(folder, NODE);
    }

    /**
     * Starts the window in a child JVM on the default project in {@code folder}/data, with the preferences of
     * node {@code node}, and returns the classes it loaded until its first frame.
     */
    static List<String> classesLoadedUntilTheFirstFrame(Path folder, String node) throws Exception {
        List<String> lines = runChild(folder, node, "-verbose:class", FirstFrameProbe.FIRST_FRAME);
        // "[0.123s][info][class,load] javafx.scene.control.TableView source: jar:..." -> "javafx.scene.control.TableView"
        return lines.stream().filter(line -> line.contains("[class,load] "))
                .map(line -> line.substring(line.indexOf("[class,load] ") + 13).split(" ")[0]).toList();
    }

    /** Starts the window as above to its whole window, and closes it as Lectern closes (Ctrl+Q, say). */
    static void startAndClose(Path folder, String node) throws Exception {
        runChild(folder, node, "-D" + FirstFrameProbe.WHOLE_WINDOW_PROPERTY + "=true", 0);
    }

    /**
     * A Lectern in a JVM of its own as these tests start it: headless, its data, home and JavaFX cache in
     * {@code folder}, the preferences of node {@code node}; the caller adds its flags, class path and main class.
     */
    static List<String> childJava(Path folder, String node) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dlectern.data.home=" + folder.resolve("data"),
                "-Duser.home=" + folder.resolve("home"), "-Djavafx.cachedir=" + folder.resolve("javafx-cache"),
                "-Djava.util.prefs.userRoot=" + System.getProperty("java.util.prefs.userRoot"),
                "-D" + AnalystPreferences.NODE_PROPERTY + "=" + node));
    }

    private static List<String> runChild(Path folder, String node, String flag, int exitCode) throws Exception {
        List<String> command = childJava(folder, node);
        command.addAll(List.of(flag,
                // Halted at its first frame, the child leaves SQLite's unpacked library behind: here, not in /tmp.
                "-Dorg.sqlite.tmpdir=" + folder,
                // What the window's own thread needs: without the head start that loads the rest beside it.
                "-Dlectern.preload=false",
                "-cp", System.getProperty("java.class.path"), FirstFrameProbe.class.getName()));
        Path out = Files.createTempFile(folder, "child", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the window did not start and end in time");
        List<String> lines = Files.readAllLines(out);
        assertTrue(process.exitValue() == exitCode, () -> "exit code " + process.exitValue() + ":\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        return lines;
    }
}
