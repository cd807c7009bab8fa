package org.lectern.ui;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar: project file, analyst, counts, the team (connected, offline, sending, last synchronised, and
 * the conflicts, which a click lists) and whether the last edit is saved.
 */
final class StatusLine extends HBox {
    private final WorkbenchModel model;
    private final Label project = new Label();
    private final Label counts = new Label();
    private final Label saved = new Label();
    private final Label working = new Label();
    private final javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
    private final javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
    private final HBox work = new HBox(6, working, progress, cancel);

    private final Label team = new Label();
    private final javafx.scene.control.Hyperlink conflicts = new javafx.scene.control.Hyperlink();

    StatusLine(WorkbenchModel model, TeamLive live, org.lectern.ui.actions.Commands commands) {
        this.model = model;
        showTeam(live, commands);
        setId("status-line");
        getStyleClass().add("status-line");
        setSpacing(16);
        setPadding(new Insets(4, 10, 4, 10));
        counts.setId("status-counts");
        saved.setId("status-saved");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label dot = new Label("·");
        dot.visibleProperty().bind(conflicts.visibleProperty());
        dot.managedProperty().bind(conflicts.visibleProperty());
        HBox teamBox = new HBox(4, team, dot, conflicts);
        teamBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        teamBox.managedProperty().bind(team.textProperty().isNotEmpty());
        teamBox.visibleProperty().bind(teamBox.managedProperty());
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(project, counts, spring, work, teamBox, saved);
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
     * The team's state in words; the conflicts, when there are any, as a link that lists them. A click on the
     * state itself while offline tries the server again at once.
     */
    private void showTeam(TeamLive live, org.lectern.ui.actions.Commands commands) {
        team.setId("status-team");
        // The team's state and whether the work is saved keep their words in a narrow window; the counts give way.
        team.setMinWidth(Region.USE_PREF_SIZE);
        conflicts.setMinWidth(Region.USE_PREF_SIZE);
        saved.setMinWidth(Region.USE_PREF_SIZE);
        conflicts.setId("status-team-conflicts");
        conflicts.setFocusTraversable(false);
        conflicts.setPadding(Insets.EMPTY);
        team.textProperty().bind(live.textProperty());
        conflicts.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> live.stateProperty().get().conflictsText(), live.stateProperty()));
        conflicts.visibleProperty().bind(commands.executable(org.lectern.ui.actions.Command.TEAM_CONFLICTS));
        conflicts.managedProperty().bind(conflicts.visibleProperty());
        conflicts.setOnAction(event -> commands.execute(org.lectern.ui.actions.Command.TEAM_CONFLICTS));
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String message = live.stateProperty().get().message();
            return message.isEmpty() ? "The team project: File → Connect to team project… / Disconnect" : message;
        }, live.stateProperty()));
        team.setTooltip(why);
        team.setOnMouseClicked(event -> live.retryNow());
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
        // Small, so that the status line, which always keeps room for them, stays a line of text high.
        cancel.getStyleClass().addAll(atlantafx.base.theme.Styles.SMALL, atlantafx.base.theme.Styles.FLAT);
        progress.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        cancel.setOnAction(event -> background.cancelShown());
        // Hidden, the work takes no width, but its height always counts: were the status line to grow when work
        // starts and shrink when it ends, everything above it would be laid out and painted afresh twice.
        work.visibleProperty().bind(background.shownProperty().isNotNull());
        work.setMinWidth(0);
        work.maxWidthProperty().bind(javafx.beans.binding.Bindings.when(work.visibleProperty())
                .then(Region.USE_COMPUTED_SIZE).otherwise(0.0));
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
