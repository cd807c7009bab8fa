package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.service.AnalystPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At start-up the article is shown first, alone, and the menus, tags, documents and panels join it right after:
 * the analyst then has the whole window, and the article keeps the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleFirstStartTest {
    @TempDir
    static Path folder;

    private MainWindow window;
    private Preferences preferencesNode;
    private final List<String> firstFrame = new ArrayList<>();
    private final List<String> whole = new ArrayList<>();

    @Start
    void start(Stage stage) {
        preferencesNode = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
        window = new MainWindow(stage, new AnalystPreferences(preferencesNode), new ScriptedDialogs());
        window.openProject(folder.resolve("case-" + UUID.randomUUID() + ".lectern"), "Ana");
        window.showArticleFirst(() -> whole.addAll(partsShown()));
        firstFrame.addAll(partsShown());
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        preferencesNode.removeNode();
    }

    @Test
    void theFirstFrameShowsTheArticleAloneAndTheWholeWindowFollowsWithTheArticleFocused(FxRobot robot) {
        assertEquals(List.of("article"), firstFrame, "the first frame");

        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("article", "menus", "panels"), whole, "once the first frame is out");
        assertEquals(List.of("article", "menus", "panels"), partsShown(), "and it stays so");
        assertSame(window.article().textArea(), window.stage().getScene().getFocusOwner(), "the article has the keys");
    }

    @Test
    void theMenusWorkOnceTheWholeWindowIsThere(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertTrue(menus.getMenus().get(0).isShowing(), "Alt+F opened the File menu");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#panels").queryAs(TabPane.class).getTabs().isEmpty());
    }

    /** Which parts of the window are in its scene: the article, the menu bar, the side panels. */
    private List<String> partsShown() {
        Node root = window.stage().getScene().getRoot();
        List<String> parts = new ArrayList<>();
        if (window.article().textArea().getScene() == window.stage().getScene()) {
            parts.add("article");
        }
        if (root.lookup(".menu-bar") != null) {
            parts.add("menus");
        }
        if (root.lookup("#panels") != null) {
            parts.add("panels");
        }
        return parts;
    }
}
