package org.lectern.ui.panels;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;

/**
 * How a panel shares its height between its table and the form below it, so that in a small window (1024×700)
 * no table is squeezed down to its header: the table keeps room for a few rows and the form scrolls instead.
 */
public final class PanelSizes {
    /** A header and a row of the theme's tables are about this tall; a little spare does no harm. */
    private static final double HEADER = 30;
    private static final double ROW = 26;

    private PanelSizes() {
    }

    /** The table never gets less height than its header and this many rows. */
    public static void keepRows(TableView<?> table, int rows) {
        table.setMinHeight(HEADER + rows * ROW);
    }

    /** The form under a panel's table, scrolling when the window is too short to show all of it. */
    static ScrollPane scrolling(Node form) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setMinHeight(0);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}
