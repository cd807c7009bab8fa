package org.lectern.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lectern.model.Document;
import org.lectern.review.AgreementReport;
import org.lectern.review.IncrementalAgreement;
import org.lectern.review.TagAgreement;
import org.lectern.review.UndefinedNotes;
import org.lectern.service.ProjectEvent;
import org.lectern.service.ReviewedState;
import org.lectern.ui.WorkbenchModel;

/**
 * What the agreement table shows, without the table: how far the two analysts agree per tag on the document being
 * read and over the whole project, the notes on undefined figures, and the grades and links. The figures are
 * computed away from the window's thread ({@link ReviewWork}); until the first are ready the table says
 * "Computing agreement…". Edits made meanwhile are never lost: they are read into the next update, computed as
 * soon as the one under way is done, so that the figures shown at the end are those of the project as it stands.
 */
public final class AgreementViewModel {
    static final String CHOOSE = "Choose two analysts to compare";
    static final String COMPUTING = "Computing agreement…";
    /**
     * An update comparing this many documents or more, or every document (the first), is computed on a worker and
     * shown in the status line; one after an edit compares a document or two, in a few milliseconds.
     */
    private static final int ON_WORKER_FROM_DOCUMENTS = 50;

    /** One line of the table, its figures already written out. */
    public record Row(String tag, String strictF1, String lenientF1, String kappa, String alpha) {
    }

    /** The figures written out for one document being read: made on the worker with the figures themselves. */
    private record Shown(AgreementReport report, String title, List<Row> rows, String notes, String grades) {
        static Shown of(AgreementReport report, Document current) {
            String title = current == null ? null : current.title();
            UndefinedNotes undefined = new UndefinedNotes();
            List<Row> rows = new ArrayList<>();
            report.documentRows().stream().filter(r -> r.document().equals(title))
                    .forEach(r -> rows.add(row(r, r.tag(), undefined)));
            report.corpusRows().forEach(r -> rows.add(row(r, r.tag() + " (whole project)", undefined)));
            String grades = String.format(Locale.ROOT, "Evidence grades: %d matched, α ordinal reliability %s,"
                            + " credibility %s. Links: %d pairs, agreement %s, κ %s.",
                    report.grades().matchedEvidence(), report.grades().reliabilityAlpha().shownWithReason(2),
                    report.grades().credibilityAlpha().shownWithReason(2), report.links().pairs(),
                    report.links().observedAgreement().shownWithReason(2),
                    report.links().kappa().shownWithReason(2));
            return new Shown(report, title, rows, String.join("\n", undefined.notes()), grades);
        }
    }

    private final WorkbenchModel model;
    private final ReviewWork work;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper grades = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(CHOOSE);
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    /** The figures kept document by document, for the two analysts last shown; null before the first. */
    private IncrementalAgreement figures;
    /** The latest figures computed for {@link #figures}; null until the first are ready. */
    private AgreementReport report;
    private Document current;
    /** The title of the document whose rows are shown. */
    private String shownTitle;
    /** An update is being computed; {@link #again} asks for another once it is done. */
    private boolean running;
    /** The highlights not yet in memory are being read for the first figures (by the Review tab's own model). */
    private boolean readingHighlights;
    private boolean again;

    public AgreementViewModel(WorkbenchModel model, ReviewWork work) {
        this.model = model;
        this.work = work;
    }

    /** These annotations changed: their documents are compared again at the next update, no others. */
    public void follow(ProjectEvent event) {
        if (figures != null) {
            ReviewedState.documentsAnnotatedIn(event).forEach(figures::documentChanged);
        }
    }

    /** Another project is open: nothing kept of the last one's comparisons, and nothing under way is shown. */
    public void forget() {
        figures = null;
        report = null;
        again = false;
        computing.set(readingHighlights);
    }

    /** While the highlights are read for the first figures, the table says it is computing them. */
    public void readingHighlights(boolean reading) {
        readingHighlights = reading;
        if (reading) {
            placeholder.set(COMPUTING);
        }
        computing.set(reading || running);
    }

    /**
     * Shows the two analysts' agreement with {@code current} as the document being read (null for none): at once
     * from the figures last computed, and again once they are brought up to date with the project as it stands.
     */
    public void show(String first, String second, Document current) {
        this.current = current;
        if (first == null || second == null || first.equals(second) || model.session() == null) {
            forget();
            rows.clear();
            notes.set("");
            grades.set("");
            placeholder.set(readingHighlights ? COMPUTING : CHOOSE);
            return;
        }
        if (figures == null || !figures.authorA().equals(first) || !figures.authorB().equals(second)) {
            forget();
            figures = new IncrementalAgreement(new ReviewedState(model::state), first, second);
            rows.clear();
            notes.set("");
            grades.set("");
            placeholder.set(COMPUTING);
        }
        // Another document chosen: its rows at once, from the figures computed last. After an edit the rows wait
        // for the update, rather than being shown from the figures before it and replaced again a moment later.
        if (report != null && !Objects.equals(titleOf(current), shownTitle)) {
            showReport();
        }
        update();
    }

    /** Reads what changed on this thread, and computes the figures on a worker; one update at a time. */
    private void update() {
        computing.set(true);
        if (running) {
            again = true;
            return;
        }
        IncrementalAgreement kept = figures;
        IncrementalAgreement.Update update = kept.update();
        Document reading = current;
        running = true;
        boolean quick = !update.comparesEverything() && update.documentsToCompare() < ON_WORKER_FROM_DOCUMENTS;
        work.run(COMPUTING, quick,
                () -> Shown.of(update.compute(), reading), computed -> done(kept, computed),
                failure -> failed(kept, failure));
    }

    private void done(IncrementalAgreement kept, Shown computed) {
        running = false;
        if (kept == figures) {
            report = computed.report();
            // Another document chosen meanwhile: its rows are picked from the same figures.
            show(Objects.equals(titleOf(current), computed.title()) ? computed : Shown.of(report, current));
        }
        next();
    }

    private void failed(IncrementalAgreement kept, Throwable failure) {
        running = false;
        if (kept == figures) {
            // What this update had read is gone with it: the next figures are computed afresh.
            figures = null;
            report = null;
            rows.clear();
            placeholder.set(failure instanceof CancellationException
                    ? "Agreement not computed (cancelled): it is computed again at the next change"
                    : "Agreement could not be computed: " + failure.getMessage());
            again = false;
        }
        next();
    }

    private void next() {
        if (again && figures != null) {
            again = false;
            update();
        } else {
            again = false;
            computing.set(readingHighlights);
        }
    }

    private void showReport() {
        show(Shown.of(report, current));
    }

    private static String titleOf(Document document) {
        return document == null ? null : document.title();
    }

    private void show(Shown shown) {
        shownTitle = shown.title();
        replaceChanged(shown.rows());
        placeholder.set(CHOOSE);
        notes.set(shown.notes());
        grades.set(shown.grades());
    }

    /** Only the rows whose figures changed are replaced: the table keeps its other rows (and its selection). */
    private void replaceChanged(List<Row> shown) {
        for (int i = 0; i < shown.size(); i++) {
            if (i >= rows.size()) {
                rows.addAll(shown.subList(i, shown.size()));
                break;
            }
            if (!Objects.equals(rows.get(i), shown.get(i))) {
                rows.set(i, shown.get(i));
            }
        }
        if (rows.size() > shown.size()) {
            rows.remove(shown.size(), rows.size());
        }
    }

    private static Row row(TagAgreement agreement, String label, UndefinedNotes undefined) {
        return new Row(label, undefined.show(agreement.spans().strictF1(), 2),
                undefined.show(agreement.spans().lenientF1(), 2), undefined.show(agreement.kappa(), 2),
                undefined.show(agreement.alphaNominal(), 2));
    }

    /** The table's lines: the current document's tags, then the whole project's. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** What the table says when it has no lines: choose two analysts, or computing. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** "[1] no matched passages": why each undefined figure is undefined. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gradesProperty() {
        return grades.getReadOnlyProperty();
    }

    /** True from a change until the figures shown are those of the project as it stands. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** The figures shown, for the CSV export; null before the first are ready. */
    public AgreementReport report() {
        return report;
    }
}
