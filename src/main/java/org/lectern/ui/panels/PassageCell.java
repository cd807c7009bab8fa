package org.lectern.ui.panels;

import javafx.scene.control.ListCell;
import org.lectern.model.Annotation;

/** A passage in a list: its quoted text on one line. */
final class PassageCell extends ListCell<Annotation> {
    PassageCell() {
        // One line, shortened with an ellipsis: the list should not scroll sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Annotation item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : "“" + item.passage().quote().replaceAll("\\s+", " ") + "”");
    }
}
