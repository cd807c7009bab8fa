package org.lectern.ui.actions;

import java.util.List;

/**
 * Every command an analyst can give from a menu, a panel's button or a key, with the words and the keys it is
 * offered under. Whether it can run now, and what it does, is defined once in {@link Commands}; the shortcut
 * list (F1) is made from these keys.
 */
public enum Command {
    NEW_PROJECT("_New project…", "Shortcut+N"),
    OPEN_PROJECT("_Open project…", "Shortcut+O"),
    OPEN_DEFAULT_PROJECT("Open default project", null),
    YOUR_NAME("Your _name…", null),
    CONNECT_TO_TEAM("Connect to _team project…", null),
    DISCONNECT_FROM_TEAM("_Disconnect from team", null),
    TEAM_CONFLICTS("Team conflicts…", null),
    QUIT("_Quit", "Shortcut+Q"),
    FIND_IN_ARTICLE("_Find in article…", "Shortcut+F"),
    FIND_NEXT("Find _next", "F3"),
    FIND_PREVIOUS("Find _previous", "Shift+F3"),
    NEXT_HIGHLIGHT("_Next highlight", "Alt+Down"),
    PREVIOUS_HIGHLIGHT("_Previous highlight", "Alt+Up"),
    SAVE_COPY("Save a _copy…", "Shortcut+Shift+S"),
    ADD_DOCUMENT("_Add document from file…", "Shortcut+Shift+O"),
    PASTE_DOCUMENT("_Paste document…", "Shortcut+Shift+V"),
    IMPORT_ANNOTATIONS("_Import annotations…", "Shortcut+I"),
    BRING_IN_COLLEAGUE_WORK("Bring in colleague's work…", null),
    EXPORT("_Export…", "Shortcut+E"),
    EXPORT_REVIEW_BUNDLE("Export review bundle…", null),
    DOCUMENT_DETAILS("Document details…", null),
    REMOVE_DOCUMENT("Remove document…", null),
    UNDO("Undo", "Shortcut+Z"),
    REDO("Redo", "Shortcut+Shift+Z", "Shortcut+Y"),
    DELETE_HIGHLIGHT_AT_CURSOR("_Delete highlight at cursor", "Delete"),
    NEW_ACTOR_FROM_SELECTION("New actor from selection", "Shortcut+Shift+A"),
    MENTION_OF_ACTOR("Mention of actor…", "Shortcut+Shift+M"),
    NEW_CLAIM_FROM_SELECTION("New claim from selection", "Shortcut+Shift+C"),
    ADD_PASSAGE_TO_CLAIM("Add passage to claim…", null),
    NEW_EVIDENCE_FROM_SELECTION("New evidence from selection", "Shortcut+Shift+E"),
    ADD_PASSAGE_TO_EVIDENCE("Add passage to evidence…", null),
    LINK_EVIDENCE_TO_CLAIM("Link evidence to claim…", "Shortcut+L"),
    EDIT_TAGS("_Edit tags…", null),
    DELETE_CLAIM("Delete claim", null),
    LINK_EVIDENCE_TO_SELECTED_CLAIM("Link evidence…", null),
    REMOVE_CLAIM_LINK("Remove link", null),
    DELETE_EVIDENCE("Delete evidence", null),
    LINK_SELECTED_EVIDENCE_TO_CLAIM("Link to claim…", null),
    REMOVE_EVIDENCE_LINK("Remove link", null),
    FIND_MENTIONS("Find mentions…", null),
    DELETE_ACTOR("Delete actor", null),
    DELETE_CHOSEN_HIGHLIGHT("Delete highlight", null),
    /** Given for one tag (its palette button or menu item). */
    TAG_SELECTION("Tag the selection", null),
    /** Given with a tag's key, 1 to 9, typed in the article: one key per tag, so no single accelerator. */
    TAG_SELECTION_WITH_KEY("Tag the selection with the tag that has that key", null),
    STICKY_TAG_MODE("_Sticky tag mode", "Shortcut+T"),
    MOVE_HIGHLIGHT_START_EARLIER("Start one character earlier", "Alt+Left"),
    MOVE_HIGHLIGHT_START_LATER("Start one character later", "Alt+Right"),
    MOVE_HIGHLIGHT_END_EARLIER("End one character earlier", "Alt+Shift+Left"),
    MOVE_HIGHLIGHT_END_LATER("End one character later", "Alt+Shift+Right"),
    LIGHT_THEME("_Light theme", null),
    DARK_THEME("_Dark theme", null),
    SHOW_EVERYONES_HIGHLIGHTS("Highlights of _everyone", null),
    SHOW_ONLY_MY_HIGHLIGHTS("Only _my highlights", null),
    SHOW_ONLY_A_COLLEAGUES_HIGHLIGHTS("Only a _colleague's highlights…", null),
    CLAIM_EVIDENCE_MATRIX("Claim × evidence matri_x", "Shortcut+Shift+X"),
    GETTING_STARTED("_Getting started", null),
    KEYBOARD_SHORTCUTS("_Keyboard shortcuts", "F1"),
    ABOUT("_About Lectern", null);

    private final String text;
    private final String accelerator;
    private final List<String> otherAccelerators;

    Command(String text, String accelerator, String... otherAccelerators) {
        this.text = text;
        this.accelerator = accelerator;
        this.otherAccelerators = List.of(otherAccelerators);
    }

    /** The label, with "_" before a menu's mnemonic letter. */
    public String text() {
        return text;
    }

    /** The key, in {@link javafx.scene.input.KeyCombination} words, or null for none. */
    public String accelerator() {
        return accelerator;
    }

    /** Further keys that give it too, as other programs' users expect (Ctrl+Y for Redo). */
    public List<String> otherAccelerators() {
        return otherAccelerators;
    }
}
