package org.lectern.ui;

import java.nio.file.Path;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.lectern.model.Tag;
import org.lectern.ui.panels.TagChip;

/** The menu bar and the article's context menu: every command, with its shortcut. */
final class Menus {
    private final MainWindow window;
    private final WorkbenchModel model;
    private final WorkbenchActions actions;
    private final Runnable openFind;
    private final MenuBar bar = new MenuBar();

    Menus(MainWindow window, WorkbenchModel model, WorkbenchActions actions, Runnable openFind) {
        this.window = window;
        this.model = model;
        this.actions = actions;
        this.openFind = openFind;
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
                item.setOnAction(e -> window.openProject(Path.of(path), model.session().analyst()));
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
                item("_New project…", "Shortcut+N", window::newProject),
                item("_Open project…", "Shortcut+O", window::openProjectChosen),
                recent,
                item("Open default project", null, window::openDefaultProject),
                item("Save a _copy…", "Shortcut+Shift+S", () -> SaveCopyAction.run(model, actions.files())),
                new SeparatorMenuItem(),
                item("_Add document from file…", "Shortcut+Shift+O", actions::addDocumentFromFile),
                item("_Paste document…", "Shortcut+Shift+V", actions::pasteDocument),
                item("_Import annotations…", "Shortcut+I", actions::importAnnotations),
                item("Bring in colleague's work…", null, actions::bringInColleagueWork),
                item("_Export…", "Shortcut+E", actions::export),
                item("Export review bundle…", null, actions::exportReviewBundle),
                item("Document details…", null, window::showDocumentDetails),
                item("Remove document…", null, actions::removeCurrentDocument),
                new SeparatorMenuItem(),
                item("Your _name…", null, window::changeAnalystName),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", window::quit));
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", model::undo);
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", model::redo);
        MenuItem redoAlt = item("Redo", "Shortcut+Y", model::redo);
        redoAlt.setVisible(false);
        Menu edit = new Menu("_Edit", null, undo, redo, redoAlt, new SeparatorMenuItem(),
                item("_Delete highlight at cursor", "Delete", actions::deleteHighlightAtCaret),
                new SeparatorMenuItem(),
                item("_Find in article…", "Shortcut+F", openFind),
                item("Find _next", "F3", () -> window.findBar().next()),
                item("Find _previous", "Shift+F3", () -> window.findBar().previous()));
        // Name what would be undone, as desktop editors do.
        edit.setOnShowing(event -> {
            var history = model.session() == null ? null : model.session().history();
            undo.setText(history == null ? "Undo" : history.nextUndo().map(e -> "Undo " + e.description()).orElse("Undo"));
            undo.setDisable(history == null || history.nextUndo().isEmpty());
            redo.setText(history == null ? "Redo" : history.nextRedo().map(e -> "Redo " + e.description()).orElse("Redo"));
            redo.setDisable(history == null || history.nextRedo().isEmpty());
        });
        edit.setOnHidden(event -> {
            undo.setDisable(false);
            redo.setDisable(false);
        });
        return edit;
    }

    private Menu viewMenu() {
        Menu view = new Menu("_View", null,
                item("_Light theme", null, () -> window.applyTheme("light")),
                item("_Dark theme", null, () -> window.applyTheme("dark")),
                new SeparatorMenuItem());
        view.getItems().addAll(window.layers().menuItems());
        view.getItems().addAll(new SeparatorMenuItem(),
                item("_Next highlight", "Alt+Down", window.article()::nextHighlight),
                item("_Previous highlight", "Alt+Up", window.article()::previousHighlight));
        return view;
    }

    private Menu annotateMenu() {
        Menu annotate = new Menu("_Annotate");
        javafx.scene.control.CheckMenuItem sticky = new javafx.scene.control.CheckMenuItem("_Sticky tag mode");
        sticky.setId("menu-sticky-tag-mode");
        sticky.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        sticky.setOnAction(event -> actions.setStickyMode(sticky.isSelected(), null));
        model.stickyTagProperty().addListener((obs, old, now) -> sticky.setSelected(now != null));
        MenuItem editTags = item("_Edit tags…", null, actions::editTags);
        var nudges = new org.lectern.ui.article.HighlightNudges(model, window.article());
        Menu move = new Menu("_Move selected highlight", null,
                item("Start one character earlier", "Alt+Left", nudges::startEarlier),
                item("Start one character later", "Alt+Right", nudges::startLater),
                item("End one character earlier", "Alt+Shift+Left", nudges::endEarlier),
                item("End one character later", "Alt+Shift+Right", nudges::endLater));
        annotate.setOnShowing(event -> {
            annotate.getItems().setAll(tagItems());
            annotate.getItems().addAll(new SeparatorMenuItem(), sticky, new SeparatorMenuItem());
            annotate.getItems().addAll(recordItems());
            annotate.getItems().addAll(new SeparatorMenuItem(), move, editTags);
        });
        annotate.getItems().setAll(sticky);
        annotate.getItems().addAll(recordItems());
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
        menu.getItems().addAll(new SeparatorMenuItem(), item("Delete highlight", null, actions::deleteHighlightAtCaret));
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
        return java.util.List.of(
                item("New actor from selection", "Shortcut+Shift+A", actions::newActorFromSelection),
                item("Mention of actor…", "Shortcut+Shift+M", actions::mentionOfActor),
                item("New claim from selection", "Shortcut+Shift+C", actions::newClaimFromSelection),
                item("Add passage to claim…", null, actions::addPassageToClaim),
                item("New evidence from selection", "Shortcut+Shift+E", actions::newEvidenceFromSelection),
                item("Add passage to evidence…", null, actions::addPassageToEvidence),
                item("Link evidence to claim…", "Shortcut+L", actions::linkEvidenceToClaim));
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setId("menu-" + text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
        item.setOnAction(event -> action.run());
        return item;
    }

    static String version() {
        String version = Menus.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
