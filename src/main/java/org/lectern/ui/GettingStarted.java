package org.lectern.ui;

import java.nio.file.Path;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lectern.service.ProjectSession;

/**
 * The first-run guide: a side panel at the right of the window with the essentials (tagging, records, where the
 * project file is, export, reviewing a colleague's file). It blocks nothing, closes on "Got it", which is
 * remembered in the analyst's preferences, and comes back from Help → Getting started.
 *
 * <p>LecternApp shows it after start-up; MainWindow never does by itself, so tests that build a window see none.
 */
public final class GettingStarted extends VBox {
    static final String ID = "getting-started";
    /** Narrow enough, in a 1024 px window, to leave the panels room for all their tabs and buttons. */
    static final double MIN_WIDTH = 210;
    static final double MAX_WIDTH = 340;

    private final MainWindow window;
    private final Label projectPath = new Label();
    private final ChangeListener<ProjectSession> sessionListener = (obs, old, now) -> showPath(now);

    private GettingStarted(MainWindow window) {
        this.window = window;
        setId(ID);
        getStyleClass().add("getting-started");

        Label title = new Label("Getting started");
        title.getStyleClass().add("getting-started-title");
        projectPath.setId("getting-started-project");
        projectPath.getStyleClass().add("getting-started-path");
        projectPath.setWrapText(true);

        VBox steps = new VBox(
                step("Tag a passage", "Select text in the article and press a key 1–9: the numbers in the Tags bar"
                        + " above. Click a highlight to see its note."),
                step("Actors, claims and evidence", "Select a passage and right-click: New actor, claim or evidence"
                        + " from selection. The panels on the right hold them; link evidence to claims from there."),
                step("Your work saves itself", "Every edit goes into the project file at once; there is no Save."
                        + " This project is:"),
                projectPath,
                step("Export", "File → Export… writes an HTML or PDF report, Markdown, CSV, or a W3C Web"
                        + " Annotation, REFI-QDA or brat file for other tools."),
                step("Review a colleague's file", "Bring in their project with File → Bring in colleague's work… (or"
                        + " their W3C or REFI-QDA export with File → Import annotations…). The Review tab compares"
                        + " your highlights with theirs and shows how far you agree; accept, amend or reject each"
                        + " difference, then File → Export review bundle… sends your decisions back."),
                step("More help", "Help → Keyboard shortcuts lists the keys; Help → Getting started brings this"
                        + " guide back."));
        steps.getStyleClass().add("getting-started-steps");

        ScrollPane scroll = new ScrollPane(steps);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("getting-started-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button gotIt = new Button("Got it");
        gotIt.setId("getting-started-got-it");
        gotIt.setDefaultButton(false);
        gotIt.getStyleClass().add("accent");
        gotIt.setOnAction(event -> dismiss());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(spacer, gotIt);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(title, scroll, buttons);
        setMinWidth(MIN_WIDTH);
        setMaxWidth(MAX_WIDTH);
    }

    /** At start-up: shows the guide unless the analyst has already dismissed it. */
    static void showIfNotSeen(MainWindow window) {
        if (!window.preferences().gettingStartedSeen()) {
            show(window);
        }
    }

    /** Shows the guide at the right of the window (Help → Getting started); showing it twice keeps one. */
    static GettingStarted show(MainWindow window) {
        BorderPane root = rootOf(window);
        if (root.getRight() instanceof GettingStarted shown) {
            return shown;
        }
        GettingStarted guide = new GettingStarted(window);
        guide.showPath(window.model().session());
        window.model().sessionProperty().addListener(guide.sessionListener);
        // A quarter of the window, within bounds: the article and the panels keep room in a small window.
        guide.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(MIN_WIDTH, javafx.beans.binding.Bindings
                .min(MAX_WIDTH, root.widthProperty().multiply(0.2))));
        root.setRight(guide);
        return guide;
    }

    /** "Got it": closes the guide and remembers that it was seen. */
    void dismiss() {
        window.model().sessionProperty().removeListener(sessionListener);
        BorderPane root = rootOf(window);
        if (root.getRight() == this) {
            root.setRight(null);
        }
        window.preferences().setGettingStartedSeen(true);
        window.article().textArea().requestFocus();
    }

    private void showPath(ProjectSession session) {
        Path file = session == null ? null : session.location().toAbsolutePath();
        projectPath.setText(file == null ? "(no project open)" : file.toString());
    }

    private static VBox step(String heading, String text) {
        Label title = new Label(heading);
        title.getStyleClass().add("getting-started-heading");
        title.setWrapText(true); // a heading wraps in a narrow guide rather than losing its end
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        VBox step = new VBox(title, body);
        step.getStyleClass().add("getting-started-step");
        return step;
    }

    private static BorderPane rootOf(MainWindow window) {
        if (window.stage().getScene().getRoot() instanceof BorderPane root) {
            return root;
        }
        throw new IllegalStateException("the Lectern window's root is no longer a BorderPane");
    }
}
