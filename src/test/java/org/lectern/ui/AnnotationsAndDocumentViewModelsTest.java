package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Tag;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.ui.panels.AnnotationsViewModel;
import org.lectern.ui.panels.DocumentViewModel;

/** The Annotations panel's and the document details' view models, without a window. */
class AnnotationsAndDocumentViewModelsTest {
    private static final String TEXT = "Inspector Lena Moss said the manifest listed only grain.";

    @TempDir
    Path folder;

    private WorkbenchModel model;
    private ProjectSession session;
    private UUID document;

    @BeforeEach
    void openProject() throws Exception {
        model = new WorkbenchModel(new ScriptedDialogs());
        session = ProjectSetup.open(folder.resolve("case.lectern"), "Ana");
        model.attach(session);
        model.perform(session.edits().addDocument("Quay", DocumentMetadata.EMPTY, TEXT));
        document = session.state().documents().get(0).id();
    }

    @AfterEach
    void closeProject() {
        model.detach();
    }

    @Test
    void aNewTagAndANoteChosenBeforeLeavingAreOneEditOfTheHighlight() {
        Tag quote = session.state().tagNamed("Quote").orElseThrow();
        Tag actor = session.state().tagNamed("Actor").orElseThrow();
        int at = TEXT.indexOf("Lena Moss");
        model.perform(session.edits().annotate(document, at, at + "Lena Moss".length(), actor.id()));
        AnnotationsViewModel highlights = new AnnotationsViewModel(model);
        assertFalse(highlights.highlightChosen().get());
        highlights.choose(model.annotations().get(0));
        assertTrue(highlights.madeByProperty().get().startsWith("Ana · created "), highlights.madeByProperty()::get);
        long before = session.history().revision();

        highlights.tagProperty().set(quote);
        highlights.noteProperty().set("Check the inspector's title");
        assertTrue(highlights.commit());

        assertEquals(before + 1, session.history().revision(), "one edit");
        Annotation saved = session.state().annotationsOf(document).get(0);
        assertEquals(quote.id(), saved.tagId());
        assertEquals("Check the inspector's title", saved.note());

        highlights.deleteHighlight();
        assertEquals(List.of(), session.state().annotationsOf(document));
    }

    @Test
    void theDetailsFollowTheDocumentShownAndAnUndoIsShownWithoutBeingWrittenBack() {
        DocumentViewModel details = new DocumentViewModel(model);
        assertEquals("Quay", details.titleProperty().get());
        assertEquals("Document details", details.summaryProperty().get());

        details.bylineProperty().set("Jane Doe");
        details.sourceProperty().set("AP");
        assertTrue(details.commit());
        assertEquals("Document details — By Jane Doe · AP", details.summaryProperty().get());

        model.undo();
        long afterUndo = session.history().revision();
        assertEquals("", details.bylineProperty().get());
        assertEquals("Document details", details.summaryProperty().get());
        assertTrue(details.commit());
        assertEquals(afterUndo, session.history().revision(), "the refresh wrote nothing");

        model.currentDocumentProperty().set(null);
        assertFalse(details.documentShown().get());
        assertEquals("", details.titleProperty().get());
    }
}
