package org.lectern.ui.review;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.lectern.io.export.AtomicFile;
import org.lectern.io.export.ExportException;
import org.lectern.model.Document;
import org.lectern.review.Agreement;
import org.lectern.review.AgreementCsv;
import org.lectern.review.AgreementReport;
import org.lectern.review.TagAgreement;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.panels.TableColumns;

/**
 * How far the two analysts agree: per tag on the document being read, and over the whole project, with the
 * grades and links below; exportable as CSV.
 */
final class AgreementTable extends VBox {
    private final WorkbenchModel model;
    private final TableView<TagAgreement> table = new TableView<>();
    private final Label grades = new Label();
    private AgreementReport report;

    AgreementTable(WorkbenchModel model) {
        this.model = model;
        setSpacing(6);
        table.setId("agreement-table");
        table.setPlaceholder(new Label("Choose two analysts to compare"));
        table.setPrefHeight(170);
        table.setMinHeight(110);
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        table.getColumns().add(TableColumns.text("Tag", r -> r.document().equals(TagAgreement.ALL_DOCUMENTS)
                ? r.tag() + " (whole project)" : r.tag(), 150));
        table.getColumns().add(number("F1 strict", r -> r.spans().strictF1()));
        table.getColumns().add(number("F1 lenient", r -> r.spans().lenientF1()));
        table.getColumns().add(number("κ chars", TagAgreement::kappa));
        table.getColumns().add(number("α tags", TagAgreement::alphaNominal));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        grades.setId("agreement-grades");
        grades.setWrapText(true);
        Button export = new Button("Export agreement CSV…");
        export.setOnAction(event -> exportCsv());
        getChildren().addAll(new Label("Agreement"), table, grades, new HBox(export));
    }

    void show(String first, String second, Document current) {
        if (first == null || second == null || first.equals(second) || model.session() == null) {
            report = null;
            table.getItems().clear();
            grades.setText("");
            return;
        }
        report = Agreement.between(model.state().snapshot(), first, second);
        table.getItems().setAll(report.documentRows().stream()
                .filter(r -> current != null && r.document().equals(current.title())).toList());
        table.getItems().addAll(report.corpusRows());
        grades.setText(String.format(Locale.ROOT, "Evidence grades: %d matched, α ordinal reliability %s,"
                        + " credibility %s. Links: %d pairs, agreement %s, κ %s.", report.grades().matchedEvidence(),
                shown(report.grades().reliabilityAlpha()), shown(report.grades().credibilityAlpha()),
                report.links().pairs(), shown(report.links().observedAgreement()), shown(report.links().kappa())));
    }

    private void exportCsv() {
        if (report == null) {
            return;
        }
        model.dialogs().chooseFileToSave("Export agreement", "CSV tables", "csv").ifPresent(target -> {
            try {
                AtomicFile.write(target, stream -> {
                    Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                    AgreementCsv.write(report, writer);
                    writer.flush();
                });
                model.status("Agreement written to " + target.getFileName());
            } catch (ExportException e) {
                model.dialogs().showError("Export agreement", e.getMessage());
            }
        });
    }

    private static String shown(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }


    private static TableColumn<TagAgreement, String> number(String title, ToDoubleFunction<TagAgreement> value) {
        TableColumn<TagAgreement, String> column = TableColumns.text(title, r -> shown(value.applyAsDouble(r)), 70);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}
