package org.lectern.ui;

import java.nio.file.Path;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
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
    private final Commands commands;
    private final MenuBar bar = new MenuBar();

    Menus(MainWindow window, WorkbenchModel model, Commands commands) {
        this.window = window;
        this.model = model;
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
                commands.menuItem(Command.CONNECT_TO_TEAM),
                commands.menuItem(Command.DISCONNECT_FROM_TEAM),
                commands.menuItem(Command.TEAM_CONFLICTS),
                new SeparatorMenuItem(),
                commands.menuItem(Command.YOUR_NAME),
                new SeparatorMenuItem(),
                commands.menuItem(Command.QUIT));
    }

    private Menu editMenu() {
        MenuItem redoAlt = commands.menuItem(Command.REDO, Command.REDO.otherAccelerators().get(0));
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
                commands.menuItem(Command.LIGHT_THEME),
                commands.menuItem(Command.DARK_THEME),
                new SeparatorMenuItem());
        view.getItems().addAll(window.layers().menuItems(commands));
        view.getItems().addAll(new SeparatorMenuItem(),
                commands.menuItem(Command.NEXT_HIGHLIGHT),
                commands.menuItem(Command.PREVIOUS_HIGHLIGHT),
                new SeparatorMenuItem(),
                commands.menuItem(Command.CLAIM_EVIDENCE_MATRIX));
        return view;
    }

    private Menu annotateMenu() {
        Menu annotate = new Menu("_Annotate");
        MenuItem sticky = commands.checkMenuItem(Command.STICKY_TAG_MODE, model.stickyTagProperty().isNotNull());
        MenuItem editTags = commands.menuItem(Command.EDIT_TAGS);
        java.util.List<MenuItem> records = recordItems();
        Menu move = new Menu("_Move selected highlight", null,
                commands.menuItem(Command.MOVE_HIGHLIGHT_START_EARLIER),
                commands.menuItem(Command.MOVE_HIGHLIGHT_START_LATER),
                commands.menuItem(Command.MOVE_HIGHLIGHT_END_EARLIER),
                commands.menuItem(Command.MOVE_HIGHLIGHT_END_LATER));
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
        return new Menu("_Help", null, commands.menuItem(Command.GETTING_STARTED),
                commands.menuItem(Command.KEYBOARD_SHORTCUTS), commands.menuItem(Command.ABOUT));
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
            MenuItem item = commands.menuItem(Command.TAG_SELECTION, tag,
                    (tag.hasKey() ? tag.key() + "  " : "") + tag.name());
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

    static String version() {
        String version = Menus.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
