package org.lectern.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab for a node whose own keys would swallow them (the article's rich text area): focus moves
 * to the next or previous field in the window's order, the order JavaFX itself uses for Tab — the scene graph,
 * depth first, counting only fields that can take the focus. JavaFX 21 has no public call to move it.
 */
final class FocusOrder {
    private FocusOrder() {
    }

    static void tabMovesOn(Node node) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.TAB || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                    || node.getScene() == null) {
                return;
            }
            event.consume();
            List<Node> order = new ArrayList<>();
            collect(node.getScene().getRoot(), order);
            int at = order.indexOf(node);
            if (order.size() < 2 || at < 0) {
                return;
            }
            int step = event.isShiftDown() ? order.size() - 1 : 1;
            order.get((at + step) % order.size()).requestFocus();
        });
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            into.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }
}
