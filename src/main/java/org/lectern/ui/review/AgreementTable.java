package org.lectern.ui.review;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lectern.io.export.AtomicFile;
import org.lectern.io.export.ExportException;
import org.lectern.review.AgreementCsv;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.panels.TableColumns;
import org.lectern.ui.review.AgreementViewModel.Row;

/**
 * How far the two analysts agree: per tag on the document being read, and over the whole project, with the
 * grades and links below; exportable as CSV. An undefined figure reads "– [n]", and note n below says why.
 * What it shows is its {@link AgreementViewModel}'s.
 */
final class AgreementTable extends VBox {
    private final WorkbenchModel model;
    private final AgreementViewModel figures;
    private final TableView<Row> table = new TableView<>();

    AgreementTable(WorkbenchModel model, AgreementViewModel figures) {
        this.model = model;
        this.figures = figures;
        setSpacing(6);
        table.setId("agreement-table");
        table.setItems(figures.rows());
        Label placeholder = new Label();
        placeholder.setId("agreement-placeholder");
        placeholder.textProperty().bind(figures.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setPrefHeight(170);
        org.lectern.ui.panels.PanelSizes.keepRows(table, 3);
        VBox.setVgrow(table, Priority.ALWAYS);
        TableColumn<Row, String> tag = TableColumns.text("Tag", Row::tag, 150);
        tag.setMinWidth(90);
        table.getColumns().add(tag);
        table.getColumns().add(number("F1\nstrict", Row::strictF1));
        table.getColumns().add(number("F1\nlenient", Row::lenientF1));
        table.getColumns().add(number("κ\nchars", Row::kappa));
        table.getColumns().add(number("α\ntags", Row::alpha));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label notes = new Label();
        notes.setId("agreement-notes");
        notes.setWrapText(true);
        notes.textProperty().bind(figures.notesProperty());
        Label grades = new Label();
        grades.setId("agreement-grades");
        grades.setWrapText(true);
        grades.textProperty().bind(figures.gradesProperty());
        // The notes and the grades' figures are read whole, on as many lines as they take: the table gives way.
        notes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        notes.visibleProperty().bind(notes.managedProperty());
        grades.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button export = new Button("Export agreement CSV…");
        export.setOnAction(event -> exportCsv());
        getChildren().addAll(table, notes, grades, new HBox(export));
    }

    private void exportCsv() {
        var shown = figures.report();
        if (shown == null) {
            return;
        }
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
        // A heading on two lines ("F1" over "strict"): the four figures and the tag fit the panel at 1024 px.
        TableColumn<Row, String> column = TableColumns.text(title, value, 76);
        column.setMinWidth(74);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }
}
