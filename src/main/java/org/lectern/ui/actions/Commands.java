package org.lectern.ui.actions;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The one place that says what each {@link Command} does and when it can run. Menu items, buttons and keys are
 * made or wired here, so each is disabled exactly when its command cannot run, and a key pressed then does
 * nothing: the command itself checks again before it runs.
 */
public final class Commands {
    private record Definition(ObservableBooleanValue executable, Runnable action) {
    }

    private final Map<Command, Definition> definitions = new EnumMap<>(Command.class);
    private final Map<Command, ObservableStringValue> labels = new EnumMap<>(Command.class);

    /** What {@code command} does, and when it can. */
    public void define(Command command, ObservableBooleanValue executable, Runnable action) {
        definitions.put(command, new Definition(executable, action));
    }

    /** A label that follows the project (e.g. "Undo Delete claim"), instead of the command's fixed words. */
    public void label(Command command, ObservableStringValue label) {
        labels.put(command, label);
    }

    /** Whether {@code command} can run now. */
    public ObservableBooleanValue executable(Command command) {
        return definition(command).executable();
    }

    /** Runs {@code command} if it can run now; true if it ran. */
    public boolean execute(Command command) {
        Definition definition = definition(command);
        if (!definition.executable().get()) {
            return false;
        }
        definition.action().run();
        return true;
    }

    /** A menu item for {@code command}, with its key, enabled while it can run. */
    public MenuItem menuItem(Command command) {
        return menuItem(command, command.accelerator());
    }

    /** A menu item for {@code command} under another key (or none, with null). */
    public MenuItem menuItem(Command command, String accelerator) {
        MenuItem item = new MenuItem(command.text());
        if (labels.containsKey(command)) {
            item.textProperty().bind(labels.get(command));
        }
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setId(idOf(command.text()));
        item.disableProperty().bind(Bindings.not(executable(command)));
        item.setOnAction(event -> execute(command));
        return item;
    }

    /** Makes {@code button} give {@code command}, enabled while it can run. */
    public void bind(ButtonBase button, Command command) {
        button.disableProperty().bind(Bindings.not(executable(command)));
        button.setOnAction(event -> execute(command));
    }

    /** The id a menu item with this label has, for the shortcut list and tests: "menu-export" for "_Export…". */
    public static String idOf(String text) {
        return "menu-" + text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private Definition definition(Command command) {
        Definition definition = definitions.get(command);
        if (definition == null) {
            throw new IllegalStateException(command + " was offered before it was defined");
        }
        return definition;
    }
}
