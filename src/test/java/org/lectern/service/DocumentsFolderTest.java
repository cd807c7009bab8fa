package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where file choosers start, and how Lectern learns that no program opened a file. */
class DocumentsFolderTest {
    @TempDir
    Path home;

    private static final String LINUX = "Linux";

    @Test
    void aGermanDesktopsDocumentsFolderIsReadFromUserDirs() throws Exception {
        Files.createDirectories(home.resolve(".config"));
        Files.createDirectories(home.resolve("Dokumente"));
        Files.createDirectories(home.resolve("Documents"));
        // As xdg-user-dirs-update writes the file.
        Files.writeString(home.resolve(".config/user-dirs.dirs"), """
                # This file is written by xdg-user-dirs-update
                XDG_DESKTOP_DIR="$HOME/Schreibtisch"
                XDG_DOCUMENTS_DIR="$HOME/Dokumente"
                """);
        assertEquals(home.resolve("Dokumente"), DocumentsFolder.find(home, name -> null, LINUX));
        assertEquals(home.resolve("Documents"), DocumentsFolder.find(home, name -> null, "Windows 11"),
                "Windows has no user-dirs.dirs");
    }

    @Test
    void xdgConfigHomeIsWhereUserDirsIsLookedFor() throws Exception {
        Path config = Files.createDirectories(home.resolve("elsewhere"));
        Files.createDirectories(home.resolve("Papers"));
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/Papers\"\n");
        Map<String, String> environment = Map.of("XDG_CONFIG_HOME", config.toString());
        assertEquals(home.resolve("Papers"), DocumentsFolder.find(home, environment::get, LINUX));
    }

    @Test
    void withoutUserDirsItIsDocumentsAndWithoutDocumentsTheHomeFolder() throws Exception {
        assertEquals(home, DocumentsFolder.find(home, name -> null, LINUX));
        Files.createDirectories(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), DocumentsFolder.find(home, name -> null, LINUX));
        assertEquals(home.resolve("Documents"), DocumentsFolder.find(home, name -> null, "Mac OS X"));
    }

    @Test
    void aDocumentsFolderNamedButMissingIsPassedOver() throws Exception {
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/Gone\"\n");
        assertEquals(home, DocumentsFolder.find(home, name -> null, LINUX));
    }

    @Test
    void theRememberedFolderWinsWhileItExists() throws Exception {
        Preferences node = Preferences.userRoot().node("lectern-test-folders-" + System.nanoTime());
        try {
            StartingFolders folders = new StartingFolders(new AnalystPreferences(node), () -> home);
            Path reports = Files.createDirectories(home.resolve("reports"));
            Path articles = Files.createDirectories(home.resolve("articles"));
            assertEquals(home, folders.of(StartingFolders.Purpose.WRITING), "first time: the documents folder");
            folders.remember(StartingFolders.Purpose.WRITING, reports.resolve("report.html"));
            folders.remember(StartingFolders.Purpose.READING, articles.resolve("story.txt"));
            assertEquals(reports, folders.of(StartingFolders.Purpose.WRITING));
            assertEquals(articles, folders.of(StartingFolders.Purpose.READING), "reading is remembered apart");
            Files.delete(reports);
            assertEquals(home, folders.of(StartingFolders.Purpose.WRITING), "a folder gone since is not offered");
        } finally {
            node.removeNode();
        }
    }

    @Test
    void aLauncherThatFailsOrIsMissingMeansNoProgramOpenedTheFile() throws Exception {
        assertFalse(SystemOpener.open(List.of("lectern-no-such-launcher")).get(10, TimeUnit.SECONDS));
        if (Files.isExecutable(Path.of("/bin/sh"))) {
            // xdg-open exits 3 or 4 when nothing handles the file, as "exit 4" does here.
            assertFalse(SystemOpener.open(List.of("/bin/sh", "-c", "exit 4")).get(10, TimeUnit.SECONDS));
            assertTrue(SystemOpener.open(List.of("/bin/sh", "-c", "exit 0")).get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of("xdg-open", home.resolve("r.html").toString()),
                SystemOpener.command(home.resolve("r.html"), LINUX));
        assertEquals("open", SystemOpener.command(home.resolve("r.html"), "Mac OS X").get(0));
    }
}
