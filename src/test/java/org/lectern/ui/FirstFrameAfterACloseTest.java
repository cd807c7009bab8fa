package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On every start after Lectern was last closed on the same project, the first frame shows the article without
 * reading the project: the start of the article was kept when the window closed, and SQLite (100–300 ms to load
 * and start) is not loaded before that frame. Two starts in child JVMs: one to the whole window and quit, then one
 * to the first frame, whose classes are listed ({@code -verbose:class}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FirstFrameAfterACloseTest {
    private static final String NODE = "lectern-first-frame-after-close-test";

    @TempDir
    static Path folder;

    @AfterAll
    static void forgetPreferences() throws BackingStoreException {
        Preferences.userRoot().node(NODE).removeNode();
    }

    @Test
    void the_second_start_shows_the_article_kept_at_the_close_without_loading_sqlite_first() throws Exception {
        FirstFrameClassesTest.asOnEveryStartAfterTheFirst(folder, NODE);
        FirstFrameClassesTest.startAndClose(folder, NODE);
        assertTrue(Files.exists(folder.resolve("data").resolve("last-article-preview")),
                "the window's close kept the article's start");
        assertTrue(Files.notExists(folder.resolve("data").resolve("default.lectern-wal")), "the project closed");

        List<String> firstFrame = FirstFrameClassesTest.classesLoadedUntilTheFirstFrame(folder, NODE);
        assertTrue(firstFrame.contains("org.lectern.ui.GlimpseFirst"), "the glimpse was shown");
        List<String> sqlite = firstFrame.stream().filter(name -> name.startsWith("org.sqlite.")
                || name.equals("org.lectern.store.DocumentPeek") || name.startsWith("java.sql.")).toList();
        assertEquals(List.of(), sqlite.stream().limit(5).toList(), () -> sqlite.size() + " classes");
    }
}
