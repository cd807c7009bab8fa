package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppFoldersAndPreferencesTest {
    @TempDir
    Path folder;
    private String dataHome;
    private Preferences node;

    @BeforeEach
    void rememberSettings() {
        dataHome = System.getProperty(AppFolders.DATA_HOME_PROPERTY);
        node = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
    }

    @AfterEach
    void restoreSettings() throws Exception {
        if (dataHome == null) {
            System.clearProperty(AppFolders.DATA_HOME_PROPERTY);
        } else {
            System.setProperty(AppFolders.DATA_HOME_PROPERTY, dataHome);
        }
        node.removeNode();
        Preferences.userRoot().flush();
    }

    @Test
    void theDefaultProjectLivesInTheDataHomeTheSystemPropertyNames() {
        System.setProperty(AppFolders.DATA_HOME_PROPERTY, folder.toString());
        assertEquals(folder, AppFolders.dataHome());
        assertEquals(folder.resolve("default.lectern"), AppFolders.defaultProject());
    }

    @Test
    void withoutThePropertyTheDefaultProjectIsInAFolderNamedForLectern() {
        System.clearProperty(AppFolders.DATA_HOME_PROPERTY);
        Path project = AppFolders.defaultProject();
        assertEquals(AppFolders.DEFAULT_PROJECT_NAME, project.getFileName().toString());
        assertTrue(project.getParent().getFileName().toString().equalsIgnoreCase("lectern"), project.toString());
        System.setProperty(AppFolders.DATA_HOME_PROPERTY, "  ");
        assertEquals(project, AppFolders.defaultProject(), "a blank property is no override");
    }

    @Test
    void theAnalystsNameIsStoredAndReadBack() {
        AnalystPreferences preferences = new AnalystPreferences(node);
        assertEquals(Optional.empty(), preferences.analyst());
        preferences.setAnalyst("  Ada Lovelace ");
        assertEquals(Optional.of("Ada Lovelace"), preferences.analyst());
        assertEquals(Optional.of("Ada Lovelace"), new AnalystPreferences(node).analyst(), "kept in the node");
        assertTrue(!AnalystPreferences.suggestedAnalyst().isBlank());
    }

    @Test
    void recentProjectsAreMostRecentFirstWithoutRepeatsAndAtMostEight() {
        AnalystPreferences preferences = new AnalystPreferences(node);
        assertEquals(List.of(), preferences.recentProjects());
        preferences.rememberProject("/work/a.lectern");
        preferences.rememberProject("/work/b.lectern");
        preferences.rememberProject("/work/a.lectern");
        assertEquals(List.of("/work/a.lectern", "/work/b.lectern"), preferences.recentProjects());
        for (int i = 0; i < 10; i++) {
            preferences.rememberProject("/work/p" + i + ".lectern");
        }
        List<String> recent = new AnalystPreferences(node).recentProjects();
        assertEquals(8, recent.size());
        assertEquals("/work/p9.lectern", recent.get(0));
        assertEquals("/work/p2.lectern", recent.get(7));
    }

    @Test
    void theThemeIsLightUntilChanged() {
        AnalystPreferences preferences = new AnalystPreferences(node);
        assertEquals("light", preferences.theme());
        preferences.setTheme("dark");
        assertEquals("dark", new AnalystPreferences(node).theme());
    }

    @Test
    void theUsersPreferencesNodeCanBeRedirected() {
        String before = System.getProperty(AnalystPreferences.NODE_PROPERTY);
        try {
            System.setProperty(AnalystPreferences.NODE_PROPERTY, node.absolutePath().substring(1));
            AnalystPreferences.forUser().setAnalyst("Grace");
            assertEquals("Grace", node.get("analyst", ""));
        } finally {
            if (before == null) {
                System.clearProperty(AnalystPreferences.NODE_PROPERTY);
            } else {
                System.setProperty(AnalystPreferences.NODE_PROPERTY, before);
            }
        }
    }
}
