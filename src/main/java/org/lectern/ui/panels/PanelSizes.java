package org.lectern.ui.panels;

import javafx.scene.control.TableView;

/**
 * How much height a panel's tables keep, so that in a small window (1024×700) no table is squeezed down to its
 * header by the form below it.
 */
public final class PanelSizes {
    /** A header and a row of the theme's tables are about this tall (AtlantaFX, at its default font size). */
    private static final double HEADER = 40;
    private static final double ROW = 26;

    private PanelSizes() {
    }

    /** The table never gets less height than its header and this many rows. */
    public static void keepRows(TableView<?> table, int rows) {
        table.setMinHeight(HEADER + rows * ROW);
    }
}
