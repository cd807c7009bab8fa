package org.lectern.ui.panels;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Small helpers for the panels' edit-in-place forms. */
public final class Forms {
    private Forms() {
    }

    /**
     * A record's details under the list: its buttons in a row at the top, always in view, and below them its form
     * (and review comments), which scrolls when the window is too low to show it whole (1024×700, say) rather than
     * cutting off what lies at its foot.
     */
    static javafx.scene.layout.BorderPane detail(java.util.List<? extends javafx.scene.Node> buttons,
                                                 javafx.scene.Node... content) {
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 8);
        row.getChildren().addAll(buttons);
        row.setPadding(new javafx.geometry.Insets(10, 10, 0, 10));
        javafx.scene.layout.VBox body = new javafx.scene.layout.VBox(10, content);
        body.setPadding(new javafx.geometry.Insets(10));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        // A field reached by Tab below the fold is brought into view, as a browser does.
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> bringIntoView(scroll, body, now));
            }
        });
        return new javafx.scene.layout.BorderPane(scroll, row, null, null, null);
    }

    private static void bringIntoView(javafx.scene.control.ScrollPane scroll, javafx.scene.layout.Region body,
                                      javafx.scene.Node focused) {
        if (focused == null || body.getHeight() <= scroll.getViewportBounds().getHeight()) {
            return;
        }
        for (javafx.scene.Node node = focused; node != null; node = node.getParent()) {
            if (node == body) {
                javafx.geometry.Bounds within = body.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
                double viewport = scroll.getViewportBounds().getHeight();
                double hidden = body.getHeight() - viewport;
                double top = hidden * scroll.getVvalue();
                if (within.getMinY() < top) {
                    scroll.setVvalue(within.getMinY() / hidden);
                } else if (within.getMaxY() > top + viewport) {
                    scroll.setVvalue(Math.min(1, (within.getMaxY() - viewport) / hidden));
                }
                return;
            }
        }
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("record-form");
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    /**
     * A tooltip that tells the whole of a text a narrow row or cell cuts short: wrapped at a readable width, as
     * the differences of the Review tab and the matrix's claims show theirs.
     */
    public static javafx.scene.control.Tooltip wholeText() {
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        return whole;
    }

    /** What an empty table says: wrapped, so a narrow panel shows all of it. */
    public static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.setPadding(new javafx.geometry.Insets(12));
        label.setMaxWidth(320);
        return label;
    }

    static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        TabKeys.moveFocus(area);
        return area;
    }

    /**
     * Commits a text field's value when the analyst leaves it or presses Enter (for a one-line field), not
     * on every keystroke: one edit, one undo step. (The window also commits it before anything else happens:
     * another edit, a click elsewhere, closing.)
     */
    static void commitOnLeave(TextInputControl field, Runnable commit) {
        field.focusedProperty().addListener((obs, was, now) -> {
            if (was && !now) {
                commit.run();
            }
        });
        if (field instanceof TextField line) {
            line.setOnAction(event -> commit.run());
        }
    }

    /**
     * Commits a choice once it is made: when picked without the list open (a click on ×, a key), else when the
     * list closes — moving through the list or filtering it is not yet a choice. The commit runs once the
     * event that made the choice is over: a choice box briefly empties and refills its value when its items are
     * replaced (SearchableComboBox does on every filter), and only the value it settles on counts. A list has
     * no empty entry, so a list that closes empty lost its value to a filter that matched nothing: the value
     * it had when it opened is put back.
     */
    static <T> void commitOnChoice(ComboBoxBase<T> box, FormField<?, T> field, Runnable commit) {
        List<T> whenOpened = new ArrayList<>(1);
        box.valueProperty().addListener((obs, old, now) -> {
            if (!box.isShowing()) {
                Platform.runLater(commit);
            }
        });
        box.showingProperty().addListener((obs, was, now) -> {
            if (now) {
                field.setChoosing(true);
                whenOpened.clear();
                whenOpened.add(box.getValue());
            } else if (was) {
                T opened = whenOpened.isEmpty() ? null : whenOpened.get(0);
                Platform.runLater(() -> {
                    field.setChoosing(false);
                    if (box.getValue() == null && opened != null) {
                        box.setValue(opened);
                    }
                    commit.run();
                });
            }
        });
    }
}
