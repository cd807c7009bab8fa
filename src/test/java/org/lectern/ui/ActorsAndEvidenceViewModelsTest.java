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
import org.lectern.model.Actor;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.SourceReliability;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.ui.panels.ActorsViewModel;
import org.lectern.ui.panels.EvidenceViewModel;

/** The Actors and Evidence panels' view models, without a window. */
class ActorsAndEvidenceViewModelsTest {
    private static final String TEXT = "Inspector Lena Moss said the manifest listed only grain. Customs records show"
            + " four containers weighed twice the declared amount.";

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
        session.perform(session.edits().addDocument("Quay", DocumentMetadata.EMPTY, TEXT));
        document = session.state().documents().get(0).id();
    }

    @AfterEach
    void closeProject() {
        model.detach();
    }

    @Test
    void aliasesTypedWithCommasAndANewNameAreSavedAsOneEditOfTheActor() {
        int at = TEXT.indexOf("Lena Moss");
        model.perform(session.edits().newActorFromSelection(document, at, at + "Lena Moss".length()));
        ActorsViewModel actors = new ActorsViewModel(model);
        actors.choose(model.actors().get(0));
        assertEquals(1, actors.mentions().size(), "its mention is listed");
        long before = session.history().revision();

        actors.nameProperty().set("Inspector Lena Moss");
        actors.aliasesProperty().set(" Moss, ,L. Moss ");
        assertTrue(actors.commit());

        assertEquals(before + 1, session.history().revision(), "one edit");
        Actor saved = session.state().actors().get(0);
        assertEquals("Inspector Lena Moss", saved.name());
        assertEquals(List.of("Moss", "L. Moss"), saved.aliases(), "blanks dropped, spaces trimmed");
    }

    @Test
    void anUndoOfTheGradeIsShownAndNothingIsWrittenBackAndDeletingIsOneEdit() {
        int at = TEXT.indexOf("Customs records");
        model.perform(session.edits().newEvidenceFromSelection(document, at, at + "Customs records".length()));
        EvidenceViewModel evidence = new EvidenceViewModel(model);
        assertFalse(evidence.evidenceChosen().get());
        Evidence item = model.evidence().get(0);
        evidence.choose(item);
        assertTrue(evidence.evidenceChosen().get());
        SourceReliability original = evidence.reliabilityProperty().get();

        model.perform(session.edits().editEvidence(item.id(), item.description(), Grade.parse("A1")));
        assertEquals(SourceReliability.A, evidence.reliabilityProperty().get());
        model.undo();
        long afterUndo = session.history().revision();
        assertEquals(original, evidence.reliabilityProperty().get());
        assertTrue(evidence.commit());
        assertEquals(afterUndo, session.history().revision(), "the refresh wrote nothing");

        evidence.deleteEvidence();
        assertEquals(afterUndo + 1, session.history().revision());
        assertEquals(List.of(), session.state().evidence());
    }
}
