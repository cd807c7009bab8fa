package org.lectern.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
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

    /**
     * Every key: first each command's, in the order of {@link Command}, with the menu that offers it; then each
     * tag's key; then the keys that are not commands.
     */
    static List<Shortcut> of(MenuBar bar, List<Tag> tags) {
        Map<String, String> menus = new HashMap<>();
        if (bar != null) {
            for (Menu menu : bar.getMenus()) {
                collectPaths(menu, plain(menu.getText()), menus);
            }
        }
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Command command : Command.values()) {
            List<String> keys = new ArrayList<>(command.otherAccelerators());
            if (command.accelerator() != null) {
                keys.add(0, command.accelerator());
            }
            String where = menus.get(Commands.idOf(command.text()));
            for (String key : keys) {
                shortcuts.add(new Shortcut(KeyCombination.keyCombination(key).getDisplayText(),
                        plain(command.text()) + (where == null ? "" : " (" + where + ")")));
            }
        }
        shortcuts.addAll(tagKeys(tags));
        shortcuts.addAll(WINDOW_KEYS);
        return shortcuts;
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

    static String text(MenuBar bar, List<Tag> tags) {
        List<Shortcut> shortcuts = of(bar, tags);
        int width = shortcuts.stream().mapToInt(s -> s.keys().length()).max().orElse(0) + 2;
        StringBuilder text = new StringBuilder();
        for (Shortcut shortcut : shortcuts) {
            text.append(String.format("%-" + width + "s%s%n", shortcut.keys(), shortcut.action()));
        }
        return text.append("Every change is saved at once: there is no Save command.").toString();
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
