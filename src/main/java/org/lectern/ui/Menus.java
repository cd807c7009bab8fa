package org.lectern.ui;

import java.nio.file.Path;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.lectern.model.Tag;
import org.lectern.ui.actions.Command;
import org.lectern.ui.actions.Commands;
import org.lectern.ui.panels.TagChip;

/**
 * The menu bar and the article's context menu: every command, with its shortcut. What a command does and when
 * it can run is defined in {@link WorkbenchCommands} (and by the panels for theirs); a menu only offers it.
 */
final class Menus {
    private final MainWindow window;
    private final WorkbenchModel model;
    private final WorkbenchActions actions;
    private final Commands commands;
    private final MenuBar bar = new MenuBar();

    Menus(MainWindow window, WorkbenchModel model, WorkbenchActions actions, Commands commands) {
        this.window = window;
        this.model = model;
        this.actions = actions;
        this.commands = commands;
        bar.setId("menu-bar");
        bar.getMenus().addAll(fileMenu(), editMenu(), viewMenu(), annotateMenu(), helpMenu());
    }

    MenuBar bar() {
        return bar;
    }

    private Menu fileMenu() {
        Menu recent = new Menu("_Recent projects");
        recent.setOnShowing(event -> {
            recent.getItems().clear();
            for (String path : window.preferences().recentProjects()) {
                MenuItem item = new MenuItem(path);
                item.setMnemonicParsing(false); // a path's underscores are part of its name
                item.setOnAction(e -> window.openProjectInBackground(Path.of(path), model.session().analyst()));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none yet)");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem("(none yet)"));
        return new Menu("_File", null,
                commands.menuItem(Command.NEW_PROJECT),
                commands.menuItem(Command.OPEN_PROJECT),
                recent,
                commands.menuItem(Command.OPEN_DEFAULT_PROJECT),
                commands.menuItem(Command.SAVE_COPY),
                new SeparatorMenuItem(),
                commands.menuItem(Command.ADD_DOCUMENT),
                commands.menuItem(Command.PASTE_DOCUMENT),
                commands.menuItem(Command.IMPORT_ANNOTATIONS),
                commands.menuItem(Command.BRING_IN_COLLEAGUE_WORK),
                commands.menuItem(Command.EXPORT),
                commands.menuItem(Command.EXPORT_REVIEW_BUNDLE),
                commands.menuItem(Command.DOCUMENT_DETAILS),
                commands.menuItem(Command.REMOVE_DOCUMENT),
                new SeparatorMenuItem(),
                item("Your _name…", null, window::changeAnalystName),
                new SeparatorMenuItem(),
                commands.menuItem(Command.QUIT));
    }

    private Menu editMenu() {
        MenuItem redoAlt = commands.menuItem(Command.REDO, "Shortcut+Y");
        redoAlt.setVisible(false);
        // Undo and Redo name what they would do, as desktop editors do (see WorkbenchCommands).
        return new Menu("_Edit", null, commands.menuItem(Command.UNDO), commands.menuItem(Command.REDO), redoAlt,
                new SeparatorMenuItem(),
                commands.menuItem(Command.DELETE_HIGHLIGHT_AT_CURSOR),
                new SeparatorMenuItem(),
                commands.menuItem(Command.FIND_IN_ARTICLE),
                commands.menuItem(Command.FIND_NEXT),
                commands.menuItem(Command.FIND_PREVIOUS));
    }

    private Menu viewMenu() {
        Menu view = new Menu("_View", null,
                item("_Light theme", null, () -> window.applyTheme("light")),
                item("_Dark theme", null, () -> window.applyTheme("dark")),
                new SeparatorMenuItem());
        view.getItems().addAll(window.layers().menuItems());
        view.getItems().addAll(new SeparatorMenuItem(),
                commands.menuItem(Command.NEXT_HIGHLIGHT),
                commands.menuItem(Command.PREVIOUS_HIGHLIGHT));
        return view;
    }

    private Menu annotateMenu() {
        Menu annotate = new Menu("_Annotate");
        javafx.scene.control.CheckMenuItem sticky = new javafx.scene.control.CheckMenuItem("_Sticky tag mode");
        sticky.setId("menu-sticky-tag-mode");
        sticky.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        sticky.setOnAction(event -> actions.setStickyMode(sticky.isSelected(), null));
        model.stickyTagProperty().addListener((obs, old, now) -> sticky.setSelected(now != null));
        MenuItem editTags = commands.menuItem(Command.EDIT_TAGS);
        java.util.List<MenuItem> records = recordItems();
        var nudges = new org.lectern.ui.article.HighlightNudges(model, window.article());
        Menu move = new Menu("_Move selected highlight", null,
                item("Start one character earlier", "Alt+Left", nudges::startEarlier),
                item("Start one character later", "Alt+Right", nudges::startLater),
                item("End one character earlier", "Alt+Shift+Left", nudges::endEarlier),
                item("End one character later", "Alt+Shift+Right", nudges::endLater));
        annotate.setOnShowing(event -> {
            annotate.getItems().setAll(tagItems());
            annotate.getItems().addAll(new SeparatorMenuItem(), sticky, new SeparatorMenuItem());
            annotate.getItems().addAll(records);
            annotate.getItems().addAll(new SeparatorMenuItem(), move, editTags);
        });
        annotate.getItems().setAll(sticky);
        annotate.getItems().addAll(records);
        annotate.getItems().addAll(move, editTags);
        return annotate;
    }

    private Menu helpMenu() {
        return new Menu("_Help", null,
                item("_Getting started", null, () -> GettingStarted.show(window)),
                item("_Keyboard shortcuts", "F1", () -> model.dialogs().showInfo("Keyboard shortcuts",
                        ShortcutList.text(bar))),
                item("_About Lectern", null, () -> model.dialogs().showInfo("About Lectern",
                        "Lectern " + version() + " — an annotation workbench for analysts.\nProject file: "
                                + (model.session() == null ? "none" : model.session().location().toAbsolutePath()))));
    }

    /** The article's context menu; its tag list is rebuilt each time it opens, so it follows the palette. */
    ContextMenu articleContextMenu() {
        Menu tagAs = new Menu("Tag as");
        ContextMenu menu = new ContextMenu(tagAs, new SeparatorMenuItem());
        menu.getItems().addAll(recordItems());
        MenuItem delete = commands.menuItem(Command.DELETE_HIGHLIGHT_AT_CURSOR, null);
        delete.setText("Delete highlight");
        delete.setId("menu-delete-highlight");
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        menu.setOnShowing(event -> tagAs.getItems().setAll(tagItems()));
        menu.setId("article-context-menu");
        return menu;
    }

    private java.util.List<MenuItem> tagItems() {
        java.util.List<MenuItem> items = new java.util.ArrayList<>();
        for (Tag tag : model.tags()) {
            MenuItem item = item((tag.hasKey() ? tag.key() + "  " : "") + tag.name(), null, () -> actions.tagSelection(tag));
            item.setGraphic(TagChip.of(tag));
            item.setMnemonicParsing(false); // so is a tag's
            items.add(item);
        }
        return items;
    }

    private java.util.List<MenuItem> recordItems() {
        return java.util.stream.Stream.of(Command.NEW_ACTOR_FROM_SELECTION, Command.MENTION_OF_ACTOR,
                Command.NEW_CLAIM_FROM_SELECTION, Command.ADD_PASSAGE_TO_CLAIM, Command.NEW_EVIDENCE_FROM_SELECTION,
                Command.ADD_PASSAGE_TO_EVIDENCE, Command.LINK_EVIDENCE_TO_CLAIM).map(commands::menuItem).toList();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setId(Commands.idOf(text));
        item.setOnAction(event -> action.run());
        return item;
    }

    static String version() {
        String version = Menus.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
