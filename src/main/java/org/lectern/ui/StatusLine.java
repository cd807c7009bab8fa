package org.lectern.ui;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: project file, analyst, counts and whether the last edit is saved. */
final class StatusLine extends HBox {
    private final WorkbenchModel model;
    private final Label project = new Label();
    private final Label counts = new Label();
    private final Label saved = new Label();
    private final Label working = new Label();
    private final javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
    private final javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
    private final HBox work = new HBox(6, working, progress, cancel);

    StatusLine(WorkbenchModel model) {
        this.model = model;
        setId("status-line");
        getStyleClass().add("status-line");
        setSpacing(16);
        setPadding(new Insets(4, 10, 4, 10));
        counts.setId("status-counts");
        saved.setId("status-saved");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(project, counts, spring, work, saved);
        showWork(model.work());
        InvalidationListener refresh = obs -> refresh();
        model.sessionProperty().addListener(refresh);
        model.annotations().addListener(refresh);
        model.actors().addListener(refresh);
        model.claims().addListener(refresh);
        model.evidence().addListener(refresh);
        model.links().addListener(refresh);
        model.documents().addListener(refresh);
        model.currentDocumentProperty().addListener(refresh);
        saved.textProperty().bind(model.saveStateProperty());
        refresh();
    }

    /**
     * The long work under way: what it is, its progress, and Cancel (Escape does the same while nothing else
     * takes the key). Hidden when nothing runs.
     */
    private void showWork(BackgroundWork background) {
        work.setId("status-work");
        work.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        working.setId("status-working");
        progress.setId("status-progress");
        progress.setPrefWidth(120);
        cancel.setId("status-cancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(event -> background.cancelShown());
        work.managedProperty().bind(work.visibleProperty());
        work.visibleProperty().bind(background.shownProperty().isNotNull());
        background.shownProperty().addListener((obs, old, task) -> {
            working.textProperty().unbind();
            progress.progressProperty().unbind();
            if (task != null) {
                working.textProperty().bind(javafx.beans.binding.Bindings.concat(task.titleProperty(), " – ",
                        task.messageProperty()));
                progress.progressProperty().bind(task.progressProperty());
            } else {
                working.setText("");
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
                    if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE && background.shownProperty().get() != null) {
                        background.cancelShown();
                        event.consume();
                    }
                });
            }
        });
    }

    void refresh() {
        if (model.session() == null) {
            project.setText("No project");
            counts.setText("");
            return;
        }
        project.setText(model.session().location().getFileName() + " · analyst: " + model.session().analyst());
        counts.setText(plural(model.documents().size(), "document") + " · "
                + plural(model.state().annotationCount(), "highlight") + " · "
                + plural(model.actors().size(), "actor") + " · " + plural(model.claims().size(), "claim") + " · "
                + model.evidence().size() + " evidence · " + plural(model.links().size(), "link"));
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
