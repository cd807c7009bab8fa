package org.lectern.ui.panels;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Records are immutable, so an edit replaces the row's object; this keeps the same record selected (by id)
 * when a panel's list is refreshed.
 */
final class KeepSelection {
    private KeepSelection() {
    }

    static <T> void byId(TableView<T> table, Function<T, UUID> idOf) {
        UUID[] selected = new UUID[1];
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected[0] = idOf.apply(now);
            }
        });
        table.getItems().addListener((ListChangeListener<T>) change -> {
            if (selected[0] == null) {
                return;
            }
            T current = table.getSelectionModel().getSelectedItem();
            if (current != null && Objects.equals(idOf.apply(current), selected[0])) {
                return;
            }
            UUID wanted = selected[0];
            table.getItems().stream().filter(item -> idOf.apply(item).equals(wanted)).findFirst()
                    .ifPresent(item -> table.getSelectionModel().select(item));
        });
    }

    static <T> void select(TableView<T> table, Function<T, UUID> idOf, UUID id) {
        table.getItems().stream().filter(item -> idOf.apply(item).equals(id)).findFirst().ifPresent(item -> {
            table.getSelectionModel().select(item);
            table.scrollTo(item);
        });
    }
}
