package org.lectern.ui.actions;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;

/**
 * The one place that says what each {@link Command} does and when it can run. Menu items, buttons and keys are
 * made or wired here, so each is disabled exactly when its command cannot run, and a key pressed then does
 * nothing: the command itself checks again before it runs.
 */
public final class Commands {
    /** What a command does with what it is given for (a tag, a key), or with nothing. */
    private record Definition(ObservableBooleanValue executable, Consumer<Object> action) {
    }

    private final Map<Command, Definition> definitions = new EnumMap<>(Command.class);
    private final Map<Command, ObservableStringValue> labels = new EnumMap<>(Command.class);

    /** What {@code command} does, and when it can. */
    public void define(Command command, ObservableBooleanValue executable, Runnable action) {
        definitions.put(command, new Definition(executable, ignored -> action.run()));
    }

    /**
     * What a command given for one thing of a kind does with it (Tag the selection, with a tag), and when it
     * can: the same condition for all of them.
     */
    @SuppressWarnings("unchecked")
    public <T> void defineFor(Command command, ObservableBooleanValue executable, Consumer<T> action) {
        definitions.put(command, new Definition(executable, argument -> action.accept((T) argument)));
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
        return execute(command, null);
    }

    /**
     * Runs {@code command} for {@code argument} if it can run now; true if it ran. A key pressed before the
     * window's commands are defined (while its first frame shows the article alone) does nothing.
     */
    public boolean execute(Command command, Object argument) {
        Definition definition = definitions.get(command);
        if (definition == null || !definition.executable().get()) {
            return false;
        }
        definition.action().accept(argument);
        return true;
    }

    /** A menu item for {@code command}, with its key, enabled while it can run. */
    public MenuItem menuItem(Command command) {
        return menuItem(command, command.accelerator());
    }

    /** A menu item for {@code command} under another key (or none, with null). */
    public MenuItem menuItem(Command command, String accelerator) {
        MenuItem item = offer(new MenuItem(), command);
        item.setAccelerator(accelerator == null ? null : KeyCombination.keyCombination(accelerator));
        return item;
    }

    /** A menu item for {@code command} given for {@code argument} (a tag), under its own words. */
    public MenuItem menuItem(Command command, Object argument, String text) {
        MenuItem item = new MenuItem(text);
        item.setId(idOf(text));
        item.disableProperty().bind(Bindings.not(executable(command)));
        item.setOnAction(event -> execute(command, argument));
        return item;
    }

    /** A menu item with a check mark that shows {@code on} (Sticky tag mode); choosing it gives the command. */
    public CheckMenuItem checkMenuItem(Command command, ObservableBooleanValue on) {
        CheckMenuItem item = offer(new CheckMenuItem(), command);
        followMark(item.selectedProperty()::set, on);
        // The item ticks itself when chosen; the mark then shows what the command made of it.
        item.setOnAction(event -> {
            execute(command);
            item.setSelected(on.get());
        });
        return item;
    }

    /**
     * Makes {@code item} (a plain, check or radio item) offer {@code command}: its words, key and id, enabled
     * while it can run.
     */
    public <T extends MenuItem> T offer(T item, Command command) {
        item.setText(command.text());
        if (labels.containsKey(command)) {
            item.textProperty().bind(labels.get(command));
        }
        if (command.accelerator() != null) {
            item.setAccelerator(KeyCombination.keyCombination(command.accelerator()));
        }
        item.setId(idOf(command.text()));
        item.disableProperty().bind(Bindings.not(executable(command)));
        item.setOnAction(event -> execute(command));
        return item;
    }

    /** Makes {@code button} give {@code command}, enabled while it can run. */
    public void bind(ButtonBase button, Command command) {
        bind(button, command, null);
    }

    /** Makes {@code button} give {@code command} for {@code argument}, enabled while it can run. */
    public void bind(ButtonBase button, Command command, Object argument) {
        button.disableProperty().bind(Bindings.not(executable(command)));
        button.setOnAction(event -> execute(command, argument));
    }

    /** Makes a toggle button give {@code command}; it is pressed while {@code on} holds. */
    public void bind(ToggleButton button, Command command, ObservableBooleanValue on) {
        bind(button, command);
        followMark(button::setSelected, on);
        button.setOnAction(event -> {
            execute(command);
            button.setSelected(on.get());
        });
    }

    private static void followMark(Consumer<Boolean> mark, ObservableBooleanValue on) {
        mark.accept(on.get());
        on.addListener((obs, was, now) -> mark.accept(now));
    }

    /** The id a menu item with this label has, for the shortcut list and tests: "menu-export" for "_Export…". */
    public static String idOf(String text) {
        // The mnemonic's mark is dropped first: it may stand within a word ("matri_x").
        return "menu-" + text.replace("_", "").toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private Definition definition(Command command) {
        Definition definition = definitions.get(command);
        if (definition == null) {
            throw new IllegalStateException(command + " was offered before it was defined");
        }
        return definition;
    }
}
