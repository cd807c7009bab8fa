package org.lectern.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.ReviewedState;
import org.lectern.store.ProjectFiles;
import org.lectern.text.Passages;

/**
 * The Review tab's figures after an edit: only the document edited is compared again, the other documents' rows
 * stay as they were, and every figure is what a full computation gives.
 */
class IncrementalAgreementTest {
    private static final String HARBOUR = "The harbour authority denied that the freighter carried rifles.";
    private static final String BORDER = "Monitors at the border counted four convoys of trucks in May.";

    @TempDir
    Path folder;
    private ProjectSession session;
    private Document harbour;
    private Document border;
    private Tag claim;
    private Tag evidence;
    private IncrementalAgreement figures;

    @BeforeEach
    void twoDocumentsReadByAnaAndBen() throws Exception {
        session = new ProjectSession(ProjectFiles.create(folder.resolve("case.lectern")), "Ana");
        session.perform(session.tagEdits().add("Claim", "#f4b400"));
        session.perform(session.tagEdits().add("Evidence", "#0f9d58"));
        claim = session.state().tagNamed("Claim").orElseThrow();
        evidence = session.state().tagNamed("Evidence").orElseThrow();
        session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, HARBOUR));
        session.perform(session.edits().addDocument("Border", DocumentMetadata.EMPTY, BORDER));
        harbour = session.state().documents().get(0);
        border = session.state().documents().get(1);
        mark("Ana", harbour, "denied that the freighter carried rifles", claim);
        mark("Ben", harbour, "denied that the freighter carried rifles", claim);
        mark("Ana", border, "four convoys", evidence);
        mark("Ben", border, "four convoys of trucks", evidence);
        figures = new IncrementalAgreement(new ReviewedState(session::state), "Ana", "Ben");
        session.addListener(event -> ReviewedState.documentsAnnotatedIn(event).forEach(figures::documentChanged));
        figures.report();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void anEditInAnotherDocumentLeavesThisDocumentsFiguresAsTheyWere() {
        List<TagAgreement> harbourBefore = rowsOf(figures.report(), "Harbour");
        List<TagAgreement> borderBefore = rowsOf(figures.report(), "Border");

        mark("Ben", border, "Monitors", claim);

        AgreementReport after = figures.report();
        assertEquals(harbourBefore, rowsOf(after, "Harbour"));
        assertNotEquals(borderBefore, rowsOf(after, "Border"), "Ben's new claim counts in Border");
        assertEquals(full().corpusRows(), after.corpusRows());
        assertEquals(full().documentRows(), after.documentRows());
    }

    @Test
    void onlyTheEditedDocumentIsComparedAgain() {
        mark("Ben", border, "Monitors", claim);
        figures.report();
        assertEquals(1, figures.comparedLastTime(), "Border alone");

        figures.report();
        assertEquals(0, figures.comparedLastTime(), "nothing changed since");
    }

    @Test
    void undoingAnEditGivesBackTheFiguresBeforeIt() {
        AgreementReport before = figures.report();
        mark("Ana", harbour, "The harbour authority", evidence);
        session.undo();

        AgreementReport after = figures.report();
        assertEquals(before.documentRows(), after.documentRows());
        assertEquals(before.corpusRows(), after.corpusRows());
    }

    @Test
    void aRemovedDocumentLeavesTheProjectsFiguresAndANewOneJoinsThem() {
        session.perform(session.edits().removeDocument(border.id()));
        assertEquals(List.of(), rowsOf(figures.report(), "Border"));
        assertEquals(full().corpusRows(), figures.report().corpusRows());

        session.perform(session.edits().addDocument("Coast", DocumentMetadata.EMPTY, BORDER));
        Document coast = session.state().documents().stream().filter(d -> d.title().equals("Coast")).findFirst()
                .orElseThrow();
        mark("Ana", coast, "four convoys", evidence);
        assertEquals(full().documentRows(), figures.report().documentRows());
        assertEquals(full().corpusRows(), figures.report().corpusRows());
    }

    @Test
    void aRenamedDocumentsRowsCarryItsNewTitle() {
        session.perform(session.edits().renameDocument(harbour.id(), "Harbour (revised)"));
        assertEquals(full().documentRows(), figures.report().documentRows());
        assertEquals(2, rowsOf(figures.report(), "Harbour (revised)").size(), "Claim and All tags");
    }

    @Test
    void aRenamedTagsRowsCarryItsNewName() {
        session.perform(session.tagEdits().edit(claim.id(), "Assertion", claim.color(), claim.key(),
                claim.description()));
        assertEquals(List.of("Assertion", "All tags"),
                rowsOf(figures.report(), "Harbour").stream().map(TagAgreement::tag).toList());
        assertEquals(full().documentRows(), figures.report().documentRows());
        assertEquals(full().corpusRows(), figures.report().corpusRows());
    }

    /**
     * The figures are read on the window's thread and computed on a worker: an edit made between the two is not in
     * the figures of the update read before it, and is in the next update's, which equal a full computation.
     */
    @Test
    void anEditMadeWhileAnUpdateIsComputedIsInTheNextUpdate() {
        AgreementReport before = full();
        IncrementalAgreement.Update read = figures.update();

        mark("Ben", border, "Monitors", claim);
        AgreementReport computed = read.compute();
        assertEquals(before.corpusRows(), computed.corpusRows(), "the project as it stood when read");

        AgreementReport next = figures.update().compute();
        assertEquals(full().documentRows(), next.documentRows());
        assertEquals(full().corpusRows(), next.corpusRows());
        assertNotEquals(before.corpusRows(), next.corpusRows(), "Ben's new claim counts");
    }

    /** An update left behind would lose the documents it read: updates are computed once each, in order. */
    @Test
    void updatesAreComputedInTheOrderTheyWereRead() {
        IncrementalAgreement.Update first = figures.update();
        IncrementalAgreement.Update second = figures.update();

        assertThrows(IllegalStateException.class, second::compute);
        first.compute();
        second.compute();
        assertThrows(IllegalStateException.class, first::compute, "computed once only");
    }

    private AgreementReport full() {
        return Agreement.between(session.state().snapshot(), "Ana", "Ben");
    }

    private static List<TagAgreement> rowsOf(AgreementReport report, String title) {
        return report.documentRows().stream().filter(row -> row.document().equals(title)).toList();
    }

    private void mark(String author, Document document, String quote, Tag tag) {
        int start = document.text().indexOf(quote);
        Instant when = Instant.parse("2026-11-01T09:00:00Z");
        Annotation annotation = new Annotation(UUID.randomUUID(), document.id(),
                Passages.of(document.text(), start, start + quote.length()), tag.id(), "", new Stamp(author, when, when));
        session.perform(new Edit("Tag " + tag.name(), List.of(Change.created(annotation))));
    }
}
