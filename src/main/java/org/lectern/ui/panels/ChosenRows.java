package org.lectern.ui.panels;

import java.util.function.Consumer;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A row the analyst chooses in a panel's table, by a click or by the arrow keys, as distinct from one the panel
 * selects itself: echoing a click on a highlight in the article, or keeping the same record selected when its
 * list is refreshed after an edit. Only the analyst's choice should move the article to the record's passage.
 */
final class ChosenRows {
    private ChosenRows() {
    }

    /** Runs {@code chosen} with each row the analyst chooses, and again when they click the chosen row. */
    static <T> void onChosen(TableView<T> table, Consumer<T> chosen) {
        Object[] selectedAtPress = new Object[1];
        // A press selects its row before the table takes the keyboard (the table asks for it as the event
        // bubbles up from the row): taken first, the choice counts as the analyst's even when the keyboard was
        // in the article a moment before.
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            selectedAtPress[0] = table.getSelectionModel().getSelectedItem();
            if (!table.isFocused()) {
                table.requestFocus();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && table.isFocused()) {
                chosen.accept(now);
            }
        });
        // A click on the row already chosen shows its passage again (the article may have been scrolled away).
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            T now = table.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && now != null && now == selectedAtPress[0]) {
                chosen.accept(now);
            }
        });
    }
}
