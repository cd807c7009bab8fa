package org.lectern.ui.review;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lectern.io.export.AtomicFile;
import org.lectern.io.export.ExportException;
import org.lectern.model.Document;
import org.lectern.review.IncrementalAgreement;
import org.lectern.service.ProjectEvent;
import org.lectern.service.ReviewedState;
import org.lectern.review.AgreementCsv;
import org.lectern.review.AgreementReport;
import org.lectern.review.TagAgreement;
import org.lectern.review.UndefinedNotes;
import org.lectern.ui.panels.TableColumns;
import org.lectern.ui.WorkbenchModel;

/**
 * How far the two analysts agree: per tag on the document being read, and over the whole project, with the
 * grades and links below; exportable as CSV. An undefined figure reads "– [n]", and note n below says why.
 */
final class AgreementTable extends VBox {
    private final WorkbenchModel model;
    private final TableView<Row> table = new TableView<>();
    private final Label notes = new Label();
    private final Label grades = new Label();
    private AgreementReport report;
    /** The figures kept document by document, for the two analysts last shown; null before the first. */
    private IncrementalAgreement figures;

    /** One line of the table, its figures already written out. */
    record Row(String tag, String strictF1, String lenientF1, String kappa, String alpha) {
    }

    AgreementTable(WorkbenchModel model) {
        this.model = model;
        setSpacing(6);
        table.setId("agreement-table");
        table.setPlaceholder(new Label("Choose two analysts to compare"));
        table.setPrefHeight(170);
        org.lectern.ui.panels.PanelSizes.keepRows(table, 4);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getColumns().add(TableColumns.text("Tag", Row::tag, 150));
        table.getColumns().add(number("F1 strict", Row::strictF1));
        table.getColumns().add(number("F1 lenient", Row::lenientF1));
        table.getColumns().add(number("κ chars", Row::kappa));
        table.getColumns().add(number("α tags", Row::alpha));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        notes.setId("agreement-notes");
        notes.setWrapText(true);
        grades.setId("agreement-grades");
        grades.setWrapText(true);
        Button export = new Button("Export agreement CSV…");
        export.setOnAction(event -> exportCsv());
        getChildren().addAll(new Label("Agreement"), table, notes, grades, new HBox(export));
    }

    /** These annotations changed: their documents are compared again at the next {@link #show}, no others. */
    void follow(ProjectEvent event) {
        if (figures != null) {
            ReviewedState.documentsAnnotatedIn(event).forEach(figures::documentChanged);
        }
    }

    /** Another project is open: nothing kept of the last one's comparisons. */
    void forget() {
        figures = null;
    }

    void show(String first, String second, Document current) {
        if (first == null || second == null || first.equals(second) || model.session() == null) {
            report = null;
            table.getItems().clear();
            notes.setText("");
            grades.setText("");
            return;
        }
        if (figures == null || !figures.authorA().equals(first) || !figures.authorB().equals(second)) {
            figures = new IncrementalAgreement(new ReviewedState(model::state), first, second);
        }
        report = figures.report();
        UndefinedNotes undefined = new UndefinedNotes();
        List<Row> rows = new java.util.ArrayList<>();
        report.documentRows().stream().filter(r -> current != null && r.document().equals(current.title()))
                .forEach(r -> rows.add(row(r, r.tag(), undefined)));
        report.corpusRows().forEach(r -> rows.add(row(r, r.tag() + " (whole project)", undefined)));
        table.getItems().setAll(rows);
        notes.setText(String.join("\n", undefined.notes()));
        grades.setText(String.format(Locale.ROOT, "Evidence grades: %d matched, α ordinal reliability %s,"
                        + " credibility %s. Links: %d pairs, agreement %s, κ %s.", report.grades().matchedEvidence(),
                report.grades().reliabilityAlpha().shownWithReason(2),
                report.grades().credibilityAlpha().shownWithReason(2), report.links().pairs(),
                report.links().observedAgreement().shownWithReason(2), report.links().kappa().shownWithReason(2)));
    }

    private static Row row(TagAgreement agreement, String label, UndefinedNotes undefined) {
        return new Row(label, undefined.show(agreement.spans().strictF1(), 2),
                undefined.show(agreement.spans().lenientF1(), 2), undefined.show(agreement.kappa(), 2),
                undefined.show(agreement.alphaNominal(), 2));
    }

    private void exportCsv() {
        if (report == null) {
            return;
        }
        var shown = report;
        model.dialogs().chooseFileToSave("Export agreement", "CSV tables", "csv").ifPresent(target -> {
            // Written on a worker: the window does not wait for the disk.
            javafx.concurrent.Task<Void> writing = new javafx.concurrent.Task<>() {
                {
                    updateTitle("Writing " + target.getFileName());
                }

                @Override
                protected Void call() throws ExportException {
                    AtomicFile.write(target, stream -> {
                        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                        AgreementCsv.write(shown, writer);
                        writer.flush();
                    });
                    return null;
                }
            };
            writing.setOnSucceeded(event -> model.status("Agreement written to " + target.getFileName()));
            writing.setOnFailed(event -> model.dialogs().showError("Export agreement",
                    writing.getException() instanceof ExportException ? writing.getException().getMessage()
                            : org.lectern.service.FailureMessage.of(writing.getException(),
                            org.lectern.log.LecternLog.file())));
            model.work().run(writing);
        });
    }

    private static TableColumn<Row, String> number(String title, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> column = TableColumns.text(title, value, 70);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}
