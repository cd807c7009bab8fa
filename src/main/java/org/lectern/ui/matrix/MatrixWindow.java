package org.lectern.ui.matrix;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lectern.model.Claim;
import org.lectern.model.ClaimEvidenceMatrix;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.panels.Forms;

/**
 * The claim × evidence matrix in a window of its own beside the article (on a second screen, say): a row per
 * claim, a column per item of evidence with its grade, and in each cell how the evidence bears on the claim.
 * It follows every edit while open; choosing a claim or a cell shows that claim or that evidence in the main
 * window, with its passage in the article.
 */
public final class MatrixWindow {
    private static final String TITLE = "Claim × evidence matrix";
    private final Stage stage = new Stage();
    private final MatrixViewModel matrix;
    private final TableView<Claim> table = new TableView<>();
    private final Label placeholder = Forms.placeholder("");
    private List<Evidence> columnsFor;

    public MatrixWindow(Window owner, WorkbenchModel model, String stylesheet) {
        this.matrix = new MatrixViewModel(model);
        table.setId("matrix-table");
        // Rows of one height let the table make cells only for the columns in view: a project with hundreds of
        // items of evidence has hundreds of columns.
        table.setFixedCellSize(32);
        table.setPlaceholder(placeholder);
        // A cell is chosen, not a row: the claim's own cells show the claim, an evidence cell that evidence.
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().getSelectedCells().addListener(
                (javafx.collections.ListChangeListener<TablePosition>) change -> showChosen());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        Label key = new Label("Rows are claims (C1 … as in the Claims tab), columns evidence (E1 … as in the"
                + " Evidence tab) with its grade; + supports, − refutes. Choose a claim or a cell to show it in the"
                + " article.");
        key.setId("matrix-key");
        key.setWrapText(true);
        RadioButton thisDocument = new RadioButton("This document");
        RadioButton wholeProject = new RadioButton("Whole project");
        thisDocument.setId("matrix-this-document");
        wholeProject.setId("matrix-whole-project");
        ToggleGroup scope = new ToggleGroup();
        thisDocument.setToggleGroup(scope);
        wholeProject.setToggleGroup(scope);
        thisDocument.setSelected(true);
        wholeProject.selectedProperty().bindBidirectional(matrix.wholeProjectProperty());
        HBox scopes = new HBox(12, new Label("Claims and evidence of"), thisDocument, wholeProject);
        scopes.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table, scopes, null, key, null);
        BorderPane.setMargin(scopes, new Insets(8, 10, 8, 10));
        BorderPane.setMargin(key, new Insets(8, 10, 10, 10));
        root.getStyleClass().add("lectern-root");
        Scene scene = new Scene(root, 900, 480);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setMinWidth(480);
        stage.setMinHeight(260);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.session() == null ? TITLE : TITLE + " — " + model.session().location().getFileName(),
                model.sessionProperty()));
        stage.setOnHidden(event -> matrix.close());
        matrix.matrixProperty().addListener((obs, old, now) -> show(now));
    }

    /** Shows the matrix, up to date, in front; a second call brings the same window forward. */
    public void open() {
        matrix.open();
        stage.show();
        stage.toFront();
        table.requestFocus();
    }

    private void show(ClaimEvidenceMatrix now) {
        if (!now.evidence().equals(columnsFor)) {
            columnsFor = now.evidence();
            table.getColumns().setAll(claimColumns());
            for (Evidence item : now.evidence()) {
                table.getColumns().add(evidenceColumn(matrix.number(item), item));
            }
        }
        placeholder.setText(matrix.placeholder());
        table.getItems().setAll(now.claims());
        table.refresh();
    }

    private List<TableColumn<Claim, ?>> claimColumns() {
        TableColumn<Claim, String> claim = new TableColumn<>("Claim");
        claim.setId("matrix-claim");
        // Numbered as in the Claims tab and in reports, whichever claims are shown.
        claim.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                matrix.number(cell.getValue()) + "  " + cell.getValue()));
        claim.setCellFactory(column -> new ClaimCell());
        claim.setPrefWidth(280);
        claim.setSortable(false);
        TableColumn<Claim, String> tally = new TableColumn<>("For · against");
        tally.setId("matrix-tally");
        tally.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                matrix.matrixProperty().get().tally(cell.getValue()).text()));
        tally.setPrefWidth(140);
        tally.setSortable(false);
        return List.of(claim, tally);
    }

    private TableColumn<Claim, Link> evidenceColumn(String number, Evidence item) {
        // The item's description is in each of its cells' tooltips: a tooltip per heading is costly in a
        // project with hundreds of items.
        TableColumn<Claim, Link> column = new TableColumn<>(number + " · " + item.grade().code());
        column.setUserData(item);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                matrix.matrixProperty().get().link(cell.getValue(), item).orElse(null)));
        column.setCellFactory(c -> new LinkCell(number));
        column.setPrefWidth(112);
        column.setSortable(false);
        return column;
    }

    private void showChosen() {
        if (table.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<?, ?> chosen = table.getSelectionModel().getSelectedCells().get(0);
        if (chosen.getRow() < 0 || chosen.getRow() >= table.getItems().size()) {
            return;
        }
        if (chosen.getTableColumn() != null && chosen.getTableColumn().getUserData() instanceof Evidence item) {
            matrix.showEvidence(item);
        } else {
            matrix.showClaim(table.getItems().get(chosen.getRow()));
        }
    }

    /** The claim's number and statement on one line; the tooltip holds the whole statement. */
    private static final class ClaimCell extends TableCell<Claim, String> {
        private final Tooltip whole = Forms.wholeText();

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            whole.setText(text);
            setTooltip(empty || text == null ? null : whole);
        }
    }

    /** How one item of evidence bears on one claim: "+ strong" on green, "− weak" on red, or nothing. */
    private static final class LinkCell extends TableCell<Claim, Link> {
        private final String number;
        private final Tooltip whole = new Tooltip();

        LinkCell(String number) {
            this.number = number;
            setAlignment(javafx.geometry.Pos.CENTER);
        }

        @Override
        protected void updateItem(Link link, boolean empty) {
            super.updateItem(link, empty);
            getStyleClass().removeAll("matrix-supports", "matrix-refutes");
            if (empty || link == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(ClaimEvidenceMatrix.cellText(link));
            getStyleClass().add(link.stance() == org.lectern.model.Stance.SUPPORTS ? "matrix-supports" : "matrix-refutes");
            whole.setText(number + " (" + getTableColumn().getUserData() + ") " + link.stance().label()
                    + " the claim, " + link.strength().label());
            setTooltip(whole);
        }
    }
}
