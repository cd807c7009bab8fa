package org.lectern.ui.panels;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Read-only text columns, as every table of the window shows its records. */
public final class TableColumns {
    private TableColumns() {
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        // Short columns (status, grade, stance) keep their words whole when the panel is narrow.
        column.setMinWidth(Math.min(width, 100));
        return column;
    }
}
