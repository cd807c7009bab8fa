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
        getChildren().addAll(project, counts, spring, saved);
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
