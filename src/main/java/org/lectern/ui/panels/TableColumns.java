package org.lectern.ui.panels;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/** Read-only text columns, as every table of the window shows its records. */
public final class TableColumns {
    private static final String HEADINGS_KEPT_WHOLE = "lectern.headingsKeptWhole";
    private static final double LONG_TEXT_MIN = 70;
    private static final String OWN_MIN_WIDTH = "lectern.ownMinWidth";
    /**
     * A heading asks no more than this: the fixed headings need less ("Likelihood", bold, some 95 px), and a
     * heading that names an analyst (the Review tab's sides) must not push the other columns off a narrow panel.
     */
    private static final double HEADING_MIN_AT_MOST = 120;

    private TableColumns() {
    }

    /** A column of short values (a status, a grade, a stance, a name), kept whole when the panel is narrow. */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        return column(title, value, width, Math.min(width, 100));
    }

    /**
     * A column of long text (a passage, a statement, a note): cut with "…" anyway and read whole in the form below,
     * so it gives way first when the panel is narrow.
     */
    public static <T> TableColumn<T, String> longText(String title, Function<T, String> value, double width) {
        return column(title, value, width, LONG_TEXT_MIN);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width,
            double minWidth) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.tableViewProperty().addListener((obs, old, table) -> {
            if (table != null) {
                keepHeadingsWhole(table);
            }
        });
        return column;
    }

    /**
     * No column of the table narrower than its heading: a narrow panel (the side panels of a 1024 px window) gave
     * "Mentions" 85 px and showed "Menti…". The headings' font and padding come from the theme, so they are
     * measured as the theme styles them, and again should it restyle them (the other theme).
     */
    public static void keepHeadingsWhole(TableView<?> table) {
        if (table.getProperties().putIfAbsent(HEADINGS_KEPT_WHOLE, Boolean.TRUE) != null) {
            return;
        }
        if (table.getSkin() != null) {
            watchHeadingsOnceLaidOut(table);
        }
        table.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                watchHeadingsOnceLaidOut(table);
            }
        });
    }

    /** The skin makes the headings in its first layout, not with itself: they are looked for after a layout. */
    private static void watchHeadingsOnceLaidOut(TableView<?> table) {
        Scene scene = table.getScene();
        if (scene == null) {
            return; // a skin is made when the table is styled, which takes a scene
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!table.lookupAll(".column-header").isEmpty()) {
                scene.removePostLayoutPulseListener(listener[0]);
                watchHeadings(table);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private static void watchHeadings(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label
                    && header.getProperties().putIfAbsent(HEADINGS_KEPT_WHOLE, Boolean.TRUE) == null) {
                Runnable fit = () -> fitHeading(table, header, label);
                label.fontProperty().addListener((obs, old, font) -> fit.run());
                label.paddingProperty().addListener((obs, old, padding) -> fit.run());
                label.textProperty().addListener((obs, old, text) -> fit.run());
                fit.run();
            }
        }
    }

    /**
     * A changed minimum leaves the columns as wide as they were until the table is resized: its resize policy is
     * asked again, as the table asks it when its own width changes, so that they fit its width once more.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void shareWidthAgain(TableView<?> table) {
        if (table != null && table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
            ((javafx.util.Callback) table.getColumnResizePolicy()).call(new TableView.ResizeFeatures(table, null, 0.0));
        }
    }

    private static void fitHeading(TableView<?> table, TableColumnHeader header, Label label) {
        Text measure = new Text(label.getText());
        measure.setFont(label.getFont());
        double needed = Math.min(HEADING_MIN_AT_MOST, Math.ceil(measure.getLayoutBounds().getWidth() + label.getPadding().getLeft()
                + label.getPadding().getRight() + header.getInsets().getLeft() + header.getInsets().getRight()) + 2);
        TableColumnBase<?, ?> column = header.getTableColumn();
        // Measured from the column's own minimum each time: a heading renamed shorter (another analyst chosen)
        // gives its room back.
        double own = (Double) column.getProperties().computeIfAbsent(OWN_MIN_WIDTH, key -> column.getMinWidth());
        double min = Math.max(own, needed);
        if (min != column.getMinWidth()) {
            column.setMinWidth(min);
            shareWidthAgain(table);
        }
    }
}
