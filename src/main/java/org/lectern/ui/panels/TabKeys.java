package org.lectern.ui.panels;

import javafx.event.EventHandler;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a multi-line field moves to the next field, as it does everywhere else in the window, so that an
 * analyst can walk a form with the keyboard; Shift+Tab goes back, and Ctrl+Tab types a tab character for the
 * rare note that wants one. JavaFX's text area does the opposite (Tab types, Ctrl+Tab moves on).
 */
public final class TabKeys {
    private TabKeys() {
    }

    public static void moveFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, new Swap(area));
    }

    private static final class Swap implements EventHandler<KeyEvent> {
        private final TextArea area;
        /** True while the re-sent key goes through, so that it is not swapped back. */
        private boolean forwarding;

        Swap(TextArea area) {
            this.area = area;
        }

        @Override
        public void handle(KeyEvent event) {
            if (forwarding || event.getCode() != KeyCode.TAB || event.isAltDown() || event.isMetaDown()) {
                return;
            }
            event.consume();
            if (event.isControlDown()) {
                if (area.isEditable()) {
                    area.replaceSelection("\t");
                }
                return;
            }
            // The text area's own Ctrl+Tab (and Shift+Tab) runs the window's focus order; JavaFX 21 offers
            // no public call that does.
            KeyEvent moveOn = new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                    event.getCharacter(), event.getText(), event.getCode(), event.isShiftDown(), !event.isShiftDown(),
                    false, false);
            forwarding = true;
            try {
                area.fireEvent(moveOn);
            } finally {
                forwarding = false;
            }
        }
    }
}
