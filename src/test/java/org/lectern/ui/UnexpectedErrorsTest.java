package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.log.LecternLog;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.AnalystPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An error nobody foresaw, thrown while the analyst works in the window, is shown in a short message naming the log
 * file, and the window carries on: never silence, never a window that stops answering.
 */
@ExtendWith(ApplicationExtension.class)
class UnexpectedErrorsTest {
    private static final String ARTICLE = "Harbour officials deny weapons shipment.";

    @TempDir
    static Path folder;

    private MainWindow window;
    private ScriptedDialogs scripted;
    private AutoCloseable handler;
    private Preferences preferencesNode;

    @Start
    void start(Stage stage) {
        scripted = new ScriptedDialogs();
        DialogService dialogs = fileChooserThatFails(scripted);
        preferencesNode = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
        window = new MainWindow(stage, new AnalystPreferences(preferencesNode), dialogs);
        assertTrue(window.openProject(folder.resolve("errors-" + UUID.randomUUID() + ".lectern"), "Ana"));
        var session = window.model().session();
        session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, ARTICLE));
        handler = UnexpectedErrors.install(dialogs, LecternLog.file());
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                handler.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            window.stage().close();
        });
        preferencesNode.removeNode();
    }

    @Test
    void anErrorThrownOnTheWindowsThreadIsShownWithTheLogFileAndTheWindowCarriesOn(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Open project…");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Lectern met an unexpected problem (The file chooser portal did not answer) and stopped"
                + " what it was doing; everything saved before is safe, and the details are in " + LecternLog.file()
                + ": please send that file along when you report the problem."), scripted.errors);
        String log = Files.readString(LecternLog.file());
        assertTrue(log.contains("java.lang.IllegalStateException: The file chooser portal did not answer"), log);
        assertTrue(log.contains("\tat org.lectern.ui.MainWindow.openProjectChosen"), "where it happened, in the log");

        robot.interact(() -> {
            window.article().textArea().requestFocus();
            window.article().textArea().selectRange(0, "Harbour officials".length());
        });
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.model().annotations().size(), "the window still answers the analyst's keys");
    }

    @Test
    void anErrorOnAnotherThreadIsShownOnTheWindowsThreadWithTheLogFile(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("Page 3 of the reading queue is missing");
        }, "lectern-reading");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Lectern met an unexpected problem (Page 3 of the reading queue is missing) and stopped"
                + " what it was doing; everything saved before is safe, and the details are in " + LecternLog.file()
                + ": please send that file along when you report the problem."), scripted.errors);
        assertTrue(Files.readString(LecternLog.file()).contains("Unexpected error on thread lectern-reading"));
    }

    /** The scripted dialogs, except that choosing a file fails as a broken desktop file chooser can. */
    private static DialogService fileChooserThatFails(ScriptedDialogs scripted) {
        return (DialogService) Proxy.newProxyInstance(DialogService.class.getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("chooseFileToOpen")) {
                        throw new IllegalStateException("The file chooser portal did not answer");
                    }
                    try {
                        return method.invoke(scripted, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
