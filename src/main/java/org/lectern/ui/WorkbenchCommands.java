package org.lectern.ui;

import static org.lectern.ui.actions.Command.*;

import javafx.scene.control.MenuBar;
import org.lectern.model.Tag;
import org.lectern.ui.actions.Commands;
import org.lectern.ui.actions.Conditions;
import org.lectern.ui.article.HighlightNudges;

/**
 * What the window's commands do and when each can run: a command that needs a project, a document, a selection,
 * a highlight at the cursor, one of the analyst's own highlights, a colleague's layer or something to undo is
 * disabled (in its menu, on its button and its key) until there is one.
 */
final class WorkbenchCommands {
    private WorkbenchCommands() {
    }

    static void define(Commands commands, MainWindow window, WorkbenchModel model, WorkbenchActions actions,
                       Conditions when, Runnable openFind) {
        commands.define(NEW_PROJECT, when.always(), window::newProject);
        commands.define(OPEN_PROJECT, when.always(), window::openProjectChosen);
        commands.define(OPEN_DEFAULT_PROJECT, when.projectOpen(), window::openDefaultProject);
        commands.define(YOUR_NAME, when.projectOpen(), window::changeAnalystName);
        commands.define(CONNECT_TO_TEAM, window.team().canConnect(), window.team()::connect);
        commands.define(DISCONNECT_FROM_TEAM, window.team().canDisconnect(), window.team()::disconnect);
        commands.define(TEAM_CONFLICTS, window.team().hasConflicts(), window.team()::showConflicts);
        commands.define(QUIT, when.always(), window::quit);
        commands.define(FIND_IN_ARTICLE, when.documentShown(), openFind);
        commands.define(FIND_NEXT, when.documentShown(), () -> window.findBar().next());
        commands.define(FIND_PREVIOUS, when.documentShown(), () -> window.findBar().previous());
        commands.define(NEXT_HIGHLIGHT, when.documentHasHighlights(), window.article()::nextHighlight);
        commands.define(PREVIOUS_HIGHLIGHT, when.documentHasHighlights(), window.article()::previousHighlight);
        commands.define(SAVE_COPY, when.projectOpen(), () -> SaveCopyAction.run(model, actions.files()));
        commands.define(ADD_DOCUMENT, when.projectOpen(), actions::addDocumentFromFile);
        commands.define(PASTE_DOCUMENT, when.projectOpen(), actions::pasteDocument);
        commands.define(IMPORT_ANNOTATIONS, when.projectOpen(), actions::importAnnotations);
        commands.define(BRING_IN_COLLEAGUE_WORK, when.projectOpen(), actions::bringInColleagueWork);
        commands.define(EXPORT, when.projectHasDocuments(), actions::export);
        commands.define(EXPORT_REVIEW_BUNDLE, when.projectOpen(), actions::exportReviewBundle);
        commands.define(DOCUMENT_DETAILS, when.documentShown(), window::showDocumentDetails);
        commands.define(REMOVE_DOCUMENT, when.documentShown(), actions::removeCurrentDocument);

        commands.define(UNDO, when.canUndo(), model::undo);
        commands.label(UNDO, when.undoLabel());
        commands.define(REDO, when.canRedo(), model::redo);
        commands.label(REDO, when.redoLabel());
        commands.define(DELETE_HIGHLIGHT_AT_CURSOR, when.highlightAtCursor(), actions::deleteHighlightAtCaret);

        commands.define(NEW_ACTOR_FROM_SELECTION, when.textSelected(), actions::newActorFromSelection);
        commands.define(MENTION_OF_ACTOR, when.textSelected().and(when.any(model.actors())), actions::mentionOfActor);
        commands.define(NEW_CLAIM_FROM_SELECTION, when.textSelected(), actions::newClaimFromSelection);
        commands.define(ADD_PASSAGE_TO_CLAIM, when.textSelected().and(when.any(model.claims())),
                actions::addPassageToClaim);
        commands.define(NEW_EVIDENCE_FROM_SELECTION, when.textSelected(), actions::newEvidenceFromSelection);
        commands.define(ADD_PASSAGE_TO_EVIDENCE, when.textSelected().and(when.any(model.evidence())),
                actions::addPassageToEvidence);
        commands.define(LINK_EVIDENCE_TO_CLAIM, when.any(model.claims()).and(when.any(model.evidence())),
                actions::linkEvidenceToClaim);
        commands.define(EDIT_TAGS, when.projectOpen(), actions::editTags);
        defineTagging(commands, model, actions, when);

        HighlightNudges nudges = new HighlightNudges(model, window.article());
        commands.define(MOVE_HIGHLIGHT_START_EARLIER, when.ownHighlightSelected(), nudges::startEarlier);
        commands.define(MOVE_HIGHLIGHT_START_LATER, when.ownHighlightSelected(), nudges::startLater);
        commands.define(MOVE_HIGHLIGHT_END_EARLIER, when.ownHighlightSelected(), nudges::endEarlier);
        commands.define(MOVE_HIGHLIGHT_END_LATER, when.ownHighlightSelected(), nudges::endLater);

        commands.define(LIGHT_THEME, when.always(), () -> window.applyTheme("light"));
        commands.define(DARK_THEME, when.always(), () -> window.applyTheme("dark"));
        ArticleLayers layers = window.layers();
        commands.define(SHOW_EVERYONES_HIGHLIGHTS, layers.layersToChoose(), layers::showEveryone);
        commands.define(SHOW_ONLY_MY_HIGHLIGHTS, layers.layersToChoose(), layers::showMine);
        commands.define(SHOW_ONLY_A_COLLEAGUES_HIGHLIGHTS, layers.colleagues(), layers::chooseColleague);

        commands.define(CLAIM_EVIDENCE_MATRIX, when.projectOpen(), window::showMatrix);
        commands.define(GETTING_STARTED, when.always(), () -> GettingStarted.show(window));
        commands.define(KEYBOARD_SHORTCUTS, when.always(), () -> model.dialogs().showPane("Keyboard shortcuts",
                ShortcutList.sheet((MenuBar) window.stage().getScene().lookup("#menu-bar"), model.tags())));
        commands.define(ABOUT, when.always(), () -> model.dialogs().showInfo("About Lectern", "Lectern "
                + Menus.version() + " — an annotation workbench for analysts.\nProject file: "
                + (model.session() == null ? "none" : model.session().location().toAbsolutePath())));
    }

    /**
     * A tag's palette button, its menu items and its key tag the selection while a document is shown (clicked with
     * nothing selected in sticky tag mode, a tag becomes the sticky tag); sticky tag mode can be turned on when
     * there is a tag to tag with, and off at any time.
     */
    private static void defineTagging(Commands commands, WorkbenchModel model, WorkbenchActions actions,
                                      Conditions when) {
        commands.defineFor(TAG_SELECTION, when.documentShown(), (Tag tag) -> actions.tagSelection(tag));
        commands.defineFor(TAG_SELECTION_WITH_KEY, when.documentShown(), actions::tagSelectionWithKey);
        commands.define(STICKY_TAG_MODE, when.documentShown().and(when.any(model.tags())).or(when.stickyTagMode()),
                () -> actions.setStickyMode(model.stickyTag() == null, null));
    }
}
