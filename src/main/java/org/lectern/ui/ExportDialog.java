package org.lectern.ui;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.lectern.io.export.ExportScope;
import org.lectern.model.Document;
import org.lectern.service.ExportFormat;

/** File → Export…: the format, what to include, and where the file goes. */
final class ExportDialog extends Dialog<ExportRequest> {
    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final RadioButton currentDocument = new RadioButton();
    private final RadioButton allDocuments = new RadioButton("All documents");
    private final CheckComboBox<String> authors = new CheckComboBox<>();
    private final CheckBox notes = new CheckBox("Include notes");
    private final TextField destination = new TextField();
    private final TextField template = new TextField();
    private final CheckBox openWhenDone = new CheckBox("Open the file when it is done");

    ExportDialog(Window owner, Document current, List<String> authorNames, Path folder, String projectName) {
        initOwner(owner);
        setTitle("Export");
        setHeaderText("Export a report or an exchange file");
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.HTML);
        format.setMaxWidth(Double.MAX_VALUE);
        ToggleGroup documents = new ToggleGroup();
        currentDocument.setToggleGroup(documents);
        allDocuments.setToggleGroup(documents);
        currentDocument.setText(current == null ? "The current document" : "“" + current.title() + "”");
        currentDocument.setDisable(current == null);
        allDocuments.setSelected(true);
        authors.getItems().setAll(authorNames);
        authors.setTitle("Everyone");
        // "Everyone" while nobody is ticked; the ticked names once someone is.
        authors.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c ->
                authors.setTitle(authors.getCheckModel().getCheckedItems().isEmpty() ? "Everyone" : null));
        notes.setSelected(true);
        destination.setText(folder.resolve(ExportFormat.HTML.suggestedName(projectName)).toString());
        destination.setPrefColumnCount(36);
        format.valueProperty().addListener((obs, old, now) -> {
            destination.setText(renamed(destination.getText(), old, now));
            template.setDisable(now != ExportFormat.HTML && now != ExportFormat.PDF);
        });
        Button browse = new Button("Choose…");
        browse.setOnAction(event -> chooseDestination(owner));
        template.setPromptText("Optional: a Pebble template of your own (HTML and PDF)");
        openWhenDone.setSelected(true);

        GridPane grid = new GridPane();
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        HBox where = new HBox(6, destination, browse);
        HBox.setHgrow(destination, Priority.ALWAYS);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Documents"), new VBox(6, allDocuments, currentDocument));
        grid.addRow(2, new Label("Authors"), authors);
        grid.addRow(3, new Label(""), notes);
        grid.addRow(4, new Label("Save to"), where);
        grid.addRow(5, new Label("Template"), template);
        grid.addRow(6, new Label(""), openWhenDone);
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(680);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) getDialogPane().lookupButton(ButtonType.OK)).setText("Export");
        setResultConverter(button -> button != ButtonType.OK || destination.getText().isBlank() ? null
                : new ExportRequest(format.getValue(), new ExportScope(
                        currentDocument.isSelected() && current != null ? Set.of(current.id()) : Set.<UUID>of(),
                        new HashSet<>(authors.getCheckModel().getCheckedItems()), notes.isSelected()),
                        Path.of(destination.getText().strip()),
                        template.getText().isBlank() ? Optional.empty() : Optional.of(Path.of(template.getText().strip())),
                        openWhenDone.isSelected()));
    }

    private void chooseDestination(Window owner) {
        FileChooser chooser = new FileChooser();
        ExportFormat chosen = format.getValue();
        Path current = Path.of(destination.getText().isBlank() ? "." : destination.getText());
        if (current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(chosen.description(),
                "*." + chosen.extension()));
        Optional.ofNullable(chooser.showSaveDialog(owner)).ifPresent(file -> destination.setText(file.getPath()));
    }

    /** Keeps the file name the analyst chose, with the new format's extension. */
    private static String renamed(String path, ExportFormat old, ExportFormat now) {
        String oldEnding = old == null || old == ExportFormat.BRAT ? "" : "." + old.extension();
        String base = !oldEnding.isEmpty() && path.endsWith(oldEnding) ? path.substring(0, path.length()
                - oldEnding.length()) : path;
        return now == ExportFormat.BRAT ? base : base + "." + now.extension();
    }
}
