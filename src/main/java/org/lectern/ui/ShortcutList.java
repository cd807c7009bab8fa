package org.lectern.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.lectern.model.Tag;
import org.lectern.ui.actions.Command;
import org.lectern.ui.actions.Commands;

/**
 * The list Help → Keyboard shortcuts (F1) shows. It is made from the commands themselves ({@link Command}): every
 * command given a key is listed, with the menu it is in, so none is forgotten, and each tag's own key is listed
 * with its tag. The keys that are not commands but move the cursor, the selection or the focus are named here.
 */
final class ShortcutList {
    /** Keys of the article, the forms, the find bar and the review table that are not commands. */
    static final List<Shortcut> WINDOW_KEYS = List.of(
            new Shortcut("Shift+←/→", "extend the selection by a whole word (in the article; also Ctrl+Shift+←/→)"),
            new Shortcut("Alt+Shift+←/→", "extend the selection by one character (when it is not a highlight)"),
            new Shortcut("Alt+drag", "select characters rather than whole words (in the article)"),
            new Shortcut("Tab", "next field; leaves the article and the description, note and statement boxes"),
            new Shortcut("Shift+Tab", "previous field"),
            new Shortcut("Ctrl+Tab", "type a tab character in a description, note or statement"),
            new Shortcut("Enter", "next match (in the find bar)"),
            new Shortcut("Shift+Enter", "previous match (in the find bar)"),
            new Shortcut("Escape", "close the find bar"),
            new Shortcut("A", "accept the chosen difference (Review, differences table)"),
            new Shortcut("R", "reject the chosen difference (Review, differences table)"),
            new Shortcut("M", "amend the chosen difference (Review, differences table)"),
            new Shortcut("Alt+letter", "open a menu by its underlined letter (Alt+F for File)"),
            new Shortcut("Right-click", "new actor / claim / evidence from the selection"));

    /** One key and what it does. */
    record Shortcut(String keys, String action) {
    }

    private ShortcutList() {
    }

    /** A heading of the list and the keys under it. */
    record Section(String title, List<Shortcut> shortcuts) {
    }

    private static final String SAVED_NOTE = "Every change is saved at once: there is no Save command.";

    /**
     * Every key: first each command's, in the order of {@link Command}, with the menu that offers it; then each
     * tag's key; then the keys that are not commands.
     */
    static List<Section> sections(MenuBar bar, List<Tag> tags) {
        Map<String, String> menus = new HashMap<>();
        if (bar != null) {
            for (Menu menu : bar.getMenus()) {
                collectPaths(menu, plain(menu.getText()), menus);
            }
        }
        List<Shortcut> commands = new ArrayList<>();
        for (Command command : Command.values()) {
            List<String> keys = new ArrayList<>(command.otherAccelerators());
            if (command.accelerator() != null) {
                keys.add(0, command.accelerator());
            }
            String where = menus.get(Commands.idOf(command.text()));
            for (String key : keys) {
                commands.add(new Shortcut(KeyCombination.keyCombination(key).getDisplayText(),
                        plain(command.text()) + (where == null ? "" : " (" + where + ")")));
            }
        }
        return List.of(new Section("Commands, with the menu that has them", commands),
                new Section("Tag keys of this project", tagKeys(tags)),
                new Section("In the article, the forms, the find bar and the review table", WINDOW_KEYS));
    }

    /**
     * The list as the window shows it: a heading for each section, each key beside what it does. It scrolls
     * within a height that fits the smallest window (1024 × 700) with the dialog's title and button: the whole
     * list is some sixty lines.
     */
    static Node sheet(MenuBar bar, List<Tag> tags) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-sheet");
        grid.setHgap(16);
        grid.setVgap(3);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, actions);
        int row = 0;
        for (Section section : sections(bar, tags)) {
            Label heading = new Label(section.title());
            heading.getStyleClass().add("shortcut-section");
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcut shortcut : section.shortcuts()) {
                Label key = new Label(shortcut.keys());
                key.getStyleClass().add("shortcut-keys");
                key.setMinWidth(Region.USE_PREF_SIZE);
                Label action = new Label(shortcut.action());
                action.getStyleClass().add("shortcut-action");
                action.setWrapText(true);
                grid.addRow(row++, key, action);
            }
        }
        Label saved = new Label(SAVED_NOTE);
        saved.getStyleClass().add("shortcut-section");
        grid.add(saved, 0, row, 2, 1);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("shortcut-list");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(600);
        scroll.setPrefViewportHeight(440);
        return scroll;
    }

    /**
     * The tag keys typed in the article ({@link Command#TAG_SELECTION_WITH_KEY}): what they do, then the tag of
     * each key of this project.
     */
    private static List<Shortcut> tagKeys(List<Tag> tags) {
        List<Shortcut> keys = new ArrayList<>();
        keys.add(new Shortcut("1–9", "tag the selection with the tag that has that key (in the article;"
                + " Annotate → Edit tags… gives keys)"));
        tags.stream().filter(Tag::hasKey).sorted(Comparator.comparingInt(Tag::key))
                .forEach(tag -> keys.add(new Shortcut(String.valueOf(tag.key()), "tag as " + tag.name())));
        return keys;
    }

    /** Where each menu item is, by its id: "Annotate → Move selected highlight". */
    private static void collectPaths(Menu menu, String path, Map<String, String> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collectPaths(sub, path + " → " + plain(sub.getText()), into);
            } else if (item.getId() != null) {
                into.putIfAbsent(item.getId(), path);
            }
        }
    }

    /** A menu text without its mnemonic mark. */
    private static String plain(String text) {
        return text == null ? "" : text.replace("_", "");
    }
}
