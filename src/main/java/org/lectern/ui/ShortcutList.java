package org.lectern.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * The list Help → Keyboard shortcuts (F1) shows. Menu shortcuts are read from the menu bar itself, so a
 * command given a key is listed without anyone remembering to; the keys the window handles outside the menus
 * are named here, beside the code that handles them.
 */
final class ShortcutList {
    /** Keys handled by the article, the forms, the find bar and the review table rather than by a menu. */
    static final List<Shortcut> WINDOW_KEYS = List.of(
            new Shortcut("1–9", "tag the selected text with the tag that has that key (in the article)"),
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

    /** Every key: first each menu command that has one, in menu order, then the window's own keys. */
    static List<Shortcut> of(MenuBar bar) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, plain(menu.getText()), shortcuts);
        }
        shortcuts.addAll(WINDOW_KEYS);
        return shortcuts;
    }

    static String text(MenuBar bar) {
        List<Shortcut> shortcuts = of(bar);
        int width = shortcuts.stream().mapToInt(s -> s.keys().length()).max().orElse(0) + 2;
        StringBuilder text = new StringBuilder();
        for (Shortcut shortcut : shortcuts) {
            text.append(String.format("%-" + width + "s%s%n", shortcut.keys(), shortcut.action()));
        }
        return text.append("Every change is saved at once: there is no Save command.").toString();
    }

    private static void collect(Menu menu, String path, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " → " + plain(sub.getText()), into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(item.getAccelerator().getDisplayText(), plain(item.getText()) + " (" + path + ")"));
            }
        }
    }

    /** A menu text without its mnemonic mark. */
    private static String plain(String text) {
        return text == null ? "" : text.replace("_", "");
    }
}
