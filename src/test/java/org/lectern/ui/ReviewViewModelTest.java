package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import org.lectern.model.Verdict;
import org.lectern.review.Agreement;
import org.lectern.review.AgreementReport;
import org.lectern.review.diff.Difference;
import org.lectern.review.diff.DifferenceKind;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.text.Passages;
import org.lectern.ui.review.AgreementViewModel;
import org.lectern.ui.review.ReviewViewModel;

/**
 * The Review tab's view model, without a window: the figures are computed apart from the window (here one step at
 * a time), edits made meanwhile are all in the figures shown at the end, and each decision is one edit.
 */
class ReviewViewModelTest {
    private static final String HARBOUR = "The harbour authority denied that the freighter carried rifles.";
    private static final String BORDER = "Monitors at the border counted four convoys of trucks in May.";

    @TempDir
    Path folder;

    private WorkbenchModel model;
    private ProjectSession session;
    private StepByStepWork work;
    private ReviewViewModel review;
    private Document harbour;
    private Document border;
    private UUID claim;
    private UUID evidence;

    /** Ana (at the keyboard) and Ben: the same Claim in Harbour; in Border, Evidence on passages that overlap. */
    @BeforeEach
    void openProject() throws Exception {
        model = new WorkbenchModel(new ScriptedDialogs());
        session = ProjectSetup.open(folder.resolve("case.lectern"), "Ana");
        model.attach(session);
        session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, HARBOUR));
        session.perform(session.edits().addDocument("Border", DocumentMetadata.EMPTY, BORDER));
        harbour = documentTitled("Harbour");
        border = documentTitled("Border");
        claim = session.state().tagNamed("Claim").orElseThrow().id();
        evidence = session.state().tagNamed("Evidence").orElseThrow().id();
        session.perform(new Edit("Both readings", List.of(
                Change.created(reading("Ana", harbour, "denied that the freighter carried rifles", claim)),
                Change.created(reading("Ben", harbour, "denied that the freighter carried rifles", claim)),
                Change.created(reading("Ana", border, "four convoys", evidence)),
                Change.created(reading("Ben", border, "four convoys of trucks", evidence)))));
        model.currentDocumentProperty().set(border);
        work = new StepByStepWork();
        review = new ReviewViewModel(model, work);
    }

    @AfterEach
    void closeProject() {
        model.detach();
    }

    @Test
    void onAProjectJustOpenedTheAnalystsAreOfferedOnlyOnceTheHighlightsNotShownYetAreReadApartFromTheWindow()
            throws Exception {
        model.detach();
        model.currentDocumentProperty().set(null);
        session = ProjectSetup.open(folder.resolve("case.lectern"), "Ana");
        model.attach(session); // shows one document: the other's highlights are still only in the file
        assertFalse(session.state().allHighlightsRead());
        review = new ReviewViewModel(model, work);

        review.setActive(true);

        assertTrue(review.analysts().isEmpty(), "nothing is counted over the unread documents on the window's thread");
        assertEquals("Computing agreement…", review.agreement().placeholderProperty().get());
        assertTrue(review.agreement().computingProperty().get());
        work.runAll();
        assertEquals(List.of("Ana", "Ben"), review.analysts());
        assertTrue(session.state().allHighlightsRead());
        assertFalse(review.agreement().computingProperty().get(), "the first figures are computed after the read");
    }

    @Test
    void theFirstFiguresAreComputedApartAndEditsMadeMeanwhileAreAllInTheFiguresShownAtTheEnd() throws Exception {
        review.setActive(true);
        AgreementViewModel figures = review.agreement();
        assertEquals("Ana", review.firstProperty().get());
        assertEquals("Ben", review.secondProperty().get());
        assertEquals("1 highlights by Ana, 1 by Ben · 1 differences, 1 to decide, 0 decided",
                review.summaryProperty().get(), "the differences are shown at once");
        assertTrue(figures.computingProperty().get());
        assertEquals("Computing agreement…", figures.placeholderProperty().get());
        assertEquals(List.of(), figures.rows(), "no figures until they are computed");

        // While the first figures are computed: Ben tags a claim, the tab refreshes; Ana tags evidence.
        model.perform(annotation("Ben", border, "Monitors", claim));
        work.runWindowEvents();
        model.perform(annotation("Ana", harbour, "The harbour authority", evidence));
        work.runWindowEvents();
        work.finishComputation(); // the first figures: the project as it stood before either edit
        assertTrue(figures.computingProperty().get(), "the edits are being counted");
        work.runAll();

        assertFalse(figures.computingProperty().get());
        AgreementReport full = Agreement.between(session.state().snapshot(), "Ana", "Ben");
        assertEquals(full.documentRows(), figures.report().documentRows());
        assertEquals(full.corpusRows(), figures.report().corpusRows());
        assertEquals(csv(full), csv(figures.report()), "every figure, grades and links too");
        // Over the whole project Ana has 1 claim and Ben 2 (1 matched): strict F1 = 2·½·1/(½+1) = 0.67. Evidence:
        // Ana 2, Ben 1, none exactly alike (strict 0.00); "four convoys" overlaps Ben's, lenient P 1/1, R 1/2: 0.67.
        assertEquals("0.67", row(figures, "Claim (whole project)").strictF1());
        assertEquals("0.00", row(figures, "Evidence (whole project)").strictF1());
        assertEquals("0.67", row(figures, "Evidence (whole project)").lenientF1());
    }

    private static String csv(AgreementReport report) throws java.io.IOException {
        java.io.StringWriter written = new java.io.StringWriter();
        org.lectern.review.AgreementCsv.write(report, written);
        org.lectern.review.AgreementCsv.writeRecords(report, written);
        return written.toString();
    }

    private static AgreementViewModel.Row row(AgreementViewModel figures, String tag) {
        return figures.rows().stream().filter(r -> r.tag().equals(tag)).findFirst().orElseThrow();
    }

    @Test
    void theEmptyDifferencesTableSaysWhyItIsEmpty() throws Exception {
        review.setActive(true);
        model.currentDocumentProperty().set(harbour);
        assertEquals(List.of(), review.differences(), "Ana and Ben marked the same words as Claim in Harbour");
        assertEquals("No differences: Ana and Ben marked this document alike.", review.placeholderProperty().get());

        review.secondProperty().set("Ana");
        assertEquals("Choose two analysts who annotated this document.", review.placeholderProperty().get());

        // A project only its own analyst has annotated: nothing to compare until a colleague's work comes in.
        model.detach();
        ProjectSession alone = ProjectSetup.open(folder.resolve("alone.lectern"), "Cleo");
        model.attach(alone);
        alone.perform(alone.edits().addDocument("Quay", DocumentMetadata.EMPTY, HARBOUR));
        Document quay = alone.state().documents().get(0);
        alone.perform(new Edit("Tag", List.of(Change.created(reading("Cleo", quay, "harbour", claim(alone))))));
        model.currentDocumentProperty().set(quay);
        review = new ReviewViewModel(model, work);
        review.setActive(true);
        work.runAll();
        assertEquals(List.of("Cleo"), review.analysts());
        assertEquals("Only Cleo has annotated this project. To compare, File → Bring in colleague's work…",
                review.placeholderProperty().get());
    }

    private static UUID claim(ProjectSession in) {
        return in.state().tagNamed("Claim").orElseThrow().id();
    }

    @Test
    void cancelledFiguresSaySoAndTheNextChangeComputesThemAfresh() throws Exception {
        review.setActive(true);
        AgreementViewModel figures = review.agreement();
        work.cancelComputation();

        assertFalse(figures.computingProperty().get());
        assertEquals("Agreement not computed (cancelled): it is computed again at the next change",
                figures.placeholderProperty().get());
        assertEquals(List.of(), figures.rows());

        model.perform(annotation("Ben", border, "Monitors", claim));
        work.runAll();
        assertEquals(csv(Agreement.between(session.state().snapshot(), "Ana", "Ben")), csv(figures.report()));
        assertFalse(figures.rows().isEmpty());
    }

    @Test
    void rowsWhoseFiguresDidNotChangeAreKeptAndTheOthersReplaced() {
        review.setActive(true);
        work.runAll();
        AgreementViewModel figures = review.agreement();
        List<AgreementViewModel.Row> before = List.copyOf(figures.rows());
        AgreementViewModel.Row harbourClaim = figures.rows().stream().filter(r -> r.tag().equals("Claim (whole project)"))
                .findFirst().orElseThrow();
        int[] replaced = new int[1];
        figures.rows().addListener((javafx.collections.ListChangeListener<AgreementViewModel.Row>) change -> {
            while (change.next()) {
                replaced[0] += change.getAddedSize();
            }
        });

        model.perform(annotation("Ben", border, "four convoys", evidence));
        work.runAll();

        assertNotEquals(before, figures.rows());
        assertTrue(figures.rows().contains(harbourClaim), "Claim over the whole project is as it was");
        assertTrue(replaced[0] < figures.rows().size(), "only changed rows replaced: " + replaced[0]);
    }

    @Test
    void acceptingAColleaguesHighlightIsOneEditAndTheDecidedCountFollows() {
        review.setActive(true);
        work.runAll();
        Difference bens = review.differences().stream().filter(d -> d.kind() == DifferenceKind.OTHER_BOUNDARIES)
                .findFirst().orElseThrow();
        review.choose(bens);
        assertTrue(review.canDecideProperty().get());
        assertFalse(review.canWithdrawProperty().get());
        long before = session.history().revision();

        review.reasonProperty().set("Ben's passage is the whole convoy");
        assertTrue(review.accept());
        work.runAll();

        assertEquals(before + 1, session.history().revision(), "one edit");
        assertEquals(Verdict.ACCEPTED, session.state().decisionOn(bens.second().id()).orElseThrow().verdict());
        assertTrue(review.summaryProperty().get().endsWith("1 to decide, 1 decided"), review.summaryProperty()::get);
        assertEquals(bens, review.chosenProperty().get(), "the difference stays chosen");
        assertTrue(review.canWithdrawProperty().get());
        assertEquals("Ben's passage is the whole convoy", review.reasonProperty().get());
        AgreementReport full = Agreement.between(session.state().snapshot(), "Ana", "Ben");
        assertEquals(full.corpusRows(), review.agreement().report().corpusRows(), "the copy is not a reading");
    }

    @Test
    void onTheReviewersOwnHighlightThereIsNothingToDecideAndRejectDeletesIt() {
        model.perform(annotation("Ana", border, "Monitors", claim));
        review.setActive(true);
        work.runAll();
        Difference mine = review.differences().stream().filter(d -> d.kind() == DifferenceKind.ONLY_FIRST)
                .findFirst().orElseThrow();
        review.choose(mine);
        assertFalse(review.canDecideProperty().get());
        assertTrue(review.rejectDeletesProperty().get());
        assertTrue(review.hintProperty().get().startsWith("This highlight is yours alone"));
        assertFalse(review.accept(), "nothing to accept");

        assertTrue(review.deleteOwn());
        work.runAll();
        assertTrue(session.state().annotation(mine.first().id()).isEmpty());
        assertNull(review.chosenProperty().get());
    }

    @Test
    void refreshingWritesNothingBack() {
        review.setActive(true);
        work.runAll();
        long before = session.history().revision();
        model.currentDocumentProperty().set(harbour);
        review.refresh();
        work.runAll();
        assertEquals(before, session.history().revision(), "choosing another document writes nothing");
        session.undo();
        work.runAll();
        assertEquals(before + 1, session.history().revision(), "the undo alone: its refresh writes nothing");
    }

    private Document documentTitled(String title) {
        return session.state().documents().stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    private static Edit annotation(String author, Document document, String quote, UUID tag) {
        return new Edit("Tag", List.of(Change.created(reading(author, document, quote, tag))));
    }

    private static Annotation reading(String author, Document document, String quote, UUID tag) {
        int start = document.text().indexOf(quote);
        return new Annotation(UUID.randomUUID(), document.id(),
                Passages.of(document.text(), start, start + quote.length()), tag, "", Stamp.now(author));
    }
}
