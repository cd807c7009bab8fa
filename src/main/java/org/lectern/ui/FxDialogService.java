package org.lectern.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.dialog.ProgressDialog;
import org.lectern.model.Stance;
import org.lectern.model.Strength;

/** Real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final HostServices host;

    public FxDialogService(Window owner, HostServices host) {
        this.owner = owner;
        this.host = host;
    }

    @Override
    public Optional<ExportRequest> askExport(org.lectern.model.Document current, List<String> authors, Path folder,
                                             String projectName) {
        return new ExportDialog(owner, current, authors, folder, projectName).showAndWait();
    }

    @Override
    public Optional<java.util.Map<String, String>> askCreatorNames(
            String fileName, List<String> names, List<String> analysts,
            List<org.lectern.review.merge.AnalystProposal> proposals) {
        return new CreatorNamesDialog(owner, fileName, names, analysts, proposals).showAndWait();
    }

    @Override
    public Optional<org.lectern.service.team.TeamSignIn> askTeamSignIn(
            org.lectern.service.team.TeamSettings initial, boolean addressFixed) {
        return new ConnectTeamDialog(owner, initial, addressFixed, () -> chooseFileToOpen(
                "Certificate of the server's authority", "Certificates", List.of("crt", "pem", "cer"))).showAndWait();
    }

    @Override
    public void showPane(String title, javafx.scene.Node content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    @Override
    public void showProgress(Worker<?> work) {
        ProgressDialog progress = new ProgressDialog(work);
        progress.initOwner(owner);
        progress.setTitle("Lectern");
        progress.setHeaderText(work.getTitle());
        progress.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        progress.setOnCloseRequest(event -> work.cancel());
        progress.show();
    }

    @Override
    public java.util.concurrent.CompletionStage<Boolean> openWithSystem(Path file) {
        return org.lectern.service.SystemOpener.open(file).thenApply(opened -> {
            if (!opened && host != null) {
                // Last resort: JavaFX tries the browsers it knows. Whether one opened it nobody can tell, so the
                // analyst is told where the file is all the same.
                host.showDocument(file.toUri().toString());
            }
            return opened;
        });
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait()
                .filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> askLongText(String title, String prompt) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        TextArea text = new TextArea();
        text.setWrapText(true);
        text.setPrefSize(640, 420);
        VBox content = new VBox(8, new Label(prompt), text);
        VBox.setVgrow(text, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? text.getText() : null);
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> dialog = new ChoiceDialog<>(options.get(0), options);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions) {
        return chooseFileToOpen(title, description, extensions, null);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions, Path folder) {
        FileChooser chooser = new FileChooser();
        startIn(chooser, folder);
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description,
                extensions.stream().map(e -> "*." + e).toList()));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String description, String extension) {
        return chooseFileToSave(title, description, extension, null);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String description, String extension, Path folder) {
        FileChooser chooser = new FileChooser();
        startIn(chooser, folder);
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath)
                .map(p -> p.toString().endsWith("." + extension) ? p : Path.of(p + "." + extension));
    }

    @Override
    public <T> Optional<LinkChoice<T>> chooseLink(String title, String targetLabel, List<T> targets) {
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        Dialog<LinkChoice<T>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        SearchableComboBox<T> target = new SearchableComboBox<>();
        target.getItems().setAll(targets);
        target.getSelectionModel().selectFirst();
        target.setPrefWidth(420);
        ComboBox<Stance> stance = new ComboBox<>();
        stance.getItems().setAll(Stance.values());
        stance.setValue(Stance.SUPPORTS);
        ComboBox<Strength> strength = new ComboBox<>();
        strength.getItems().setAll(Strength.values());
        strength.setValue(Strength.MODERATE);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(targetLabel), target);
        grid.addRow(1, new Label("Bears on it as"), stance);
        grid.addRow(2, new Label("Strength"), strength);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK && target.getValue() != null
                ? new LinkChoice<>(target.getValue(), stance.getValue(), strength.getValue()) : null);
        return dialog.showAndWait();
    }

    private static void startIn(FileChooser chooser, Path folder) {
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(460);
        return alert;
    }
}
