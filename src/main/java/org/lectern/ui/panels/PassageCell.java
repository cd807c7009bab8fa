package org.lectern.ui.panels;

import javafx.scene.control.ListCell;
import org.lectern.model.Annotation;

/** A passage in a list: its quoted text on one line. */
final class PassageCell extends ListCell<Annotation> {
    @Override
    protected void updateItem(Annotation item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : "“" + item.passage().quote().replaceAll("\\s+", " ") + "”");
    }
}
