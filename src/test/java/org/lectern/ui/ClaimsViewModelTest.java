package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.ui.panels.ClaimsViewModel;

/** The Claims panel's view model, without a window: what an analyst's changes become, and what a refresh does not. */
class ClaimsViewModelTest {
    private static final String TEXT = "The harbour authority denied on Monday that the freighter Grey Tern carried"
            + " rifles. Customs records show four containers weighed twice the declared amount.";

    @TempDir
    Path folder;

    private WorkbenchModel model;
    private ProjectSession session;
    private ClaimsViewModel claims;

    @BeforeEach
    void openProject() throws Exception {
        model = new WorkbenchModel(new ScriptedDialogs());
        session = ProjectSetup.open(folder.resolve("case.lectern"), "Ana");
        model.attach(session);
        session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, TEXT));
        int start = TEXT.indexOf("the freighter");
        session.perform(session.edits().newClaimFromSelection(session.state().documents().get(0).id(), start,
                start + "the freighter Grey Tern carried rifles".length()));
        claims = new ClaimsViewModel(model);
    }

    @AfterEach
    void closeProject() {
        model.detach();
    }

    @Test
    void aStatementAndAStatusChangedTogetherAreSavedAsOneEdit() {
        claims.choose(model.claims().get(0));
        long before = session.history().revision();

        claims.statementProperty().set("The Grey Tern carried rifles");
        claims.statusProperty().set(ClaimStatus.DISPUTED);
        assertTrue(claims.commit());

        assertEquals(before + 1, session.history().revision(), "one edit");
        Claim saved = session.state().claims().get(0);
        assertEquals("The Grey Tern carried rifles", saved.statement());
        assertEquals(ClaimStatus.DISPUTED, saved.status());
    }

    @Test
    void anUndoIsShownInTheFieldsAndNothingIsWrittenBack() {
        Claim claim = model.claims().get(0);
        claims.choose(claim);
        ClaimStatus original = claim.status();
        model.perform(session.edits().editClaim(claim.id(), claim.statement(), null, ClaimStatus.CORROBORATED,
                claim.likelihood()));
        assertEquals(ClaimStatus.CORROBORATED, claims.statusProperty().get(), "the edit is shown");

        model.undo();
        long afterUndo = session.history().revision();
        assertEquals(original, claims.statusProperty().get(), "the undo is shown");
        assertTrue(claims.commit());

        assertEquals(afterUndo, session.history().revision(), "the refresh wrote nothing");
        assertTrue(session.history().nextRedo().isPresent(), "and the redo is still there");
    }

    @Test
    void deletingAndLinkingAreOfferedForAChosenClaimOnlyAndAreOneEditEach() {
        assertFalse(claims.claimChosen().get());
        int at = TEXT.indexOf("four containers");
        model.perform(session.edits().newEvidenceFromSelection(session.state().documents().get(0).id(), at,
                at + "four containers".length()));
        claims.choose(model.claims().get(0));
        assertTrue(claims.claimChosen().get());
        assertFalse(claims.linkChosen().get(), "no link chosen yet");

        ((ScriptedDialogs) model.dialogs()).linkStance = Stance.SUPPORTS;
        ((ScriptedDialogs) model.dialogs()).linkStrength = Strength.STRONG;
        claims.linkEvidence();
        assertEquals(1, claims.links().size(), "the link is listed at once");
        assertEquals("four containers", claims.links().get(0).other());

        claims.chosenLinkProperty().set(claims.links().get(0));
        assertTrue(claims.linkChosen().get());
        claims.removeLink();
        assertEquals(List.of(), claims.links());

        long before = session.history().revision();
        claims.deleteClaim();
        assertEquals(before + 1, session.history().revision());
        assertEquals(List.of(), session.state().claims());
    }
}
