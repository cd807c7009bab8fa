package org.lectern.ui.panels;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Likelihood;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.actions.Command;
import org.lectern.ui.actions.Commands;
import org.lectern.ui.review.CommentsView;

/** The claims: what each actor asserts, where, how it stands, and the evidence bearing on it (see {@link ClaimsViewModel}). */
public final class ClaimsPanel extends SplitPane {
    private final WorkbenchModel model;
    private final ClaimsViewModel view;
    private final TableView<Claim> table = new TableView<>();
    private final TextArea statement = Forms.area(2);
    private final SearchableComboBox<Actor> claimant = new SearchableComboBox<>();
    private final Button clearClaimant = new Button("×");
    private final ComboBox<ClaimStatus> status = new ComboBox<>(FXCollections.observableArrayList(ClaimStatus.values()));
    private final ComboBox<Likelihood> likelihood = new ComboBox<>(FXCollections.observableArrayList(Likelihood.values()));
    private final ListView<Annotation> passageList;
    private final TableView<LinkRow> evidenceTable = new TableView<>();
    private final Button linkEvidence = new Button(Command.LINK_EVIDENCE_TO_SELECTED_CLAIM.text());
    private final Button unlink = new Button(Command.REMOVE_CLAIM_LINK.text());
    private final Button delete = new Button(Command.DELETE_CLAIM.text());
    private final CommentsView comments;

    public ClaimsPanel(WorkbenchModel model, Commands commands) {
        this.model = model;
        this.view = new ClaimsViewModel(model);
        this.comments = new CommentsView(model, "claim");
        this.passageList = new ListView<>(view.passages());
        setId("claims-panel");
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        table.setId("claims-table");
        table.setItems(model.claims());
        table.setPlaceholder(Forms.placeholder("No claims yet. Select a statement, right-click, New claim from selection."));
        table.getColumns().add(TableColumns.longText("Claim", Claim::toString, 220));
        table.getColumns().add(TableColumns.text("Claimant", c -> model.actorName(c.claimantId()), 110));
        table.getColumns().add(TableColumns.text("Status", c -> c.status().label(), 90));
        table.getColumns().add(TableColumns.text("Likelihood", c -> c.likelihood().label(), 100));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        KeepSelection.byId(table, Claim::id);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> load(now));
        // Chosen here by the analyst (not echoed from a click in the article): show where it stands.
        ChosenRows.onChosen(table, claim -> PassageReveal.first(model, claim.passageIds()));
        model.onFocus(record -> {
            if (record instanceof Claim claim) {
                KeepSelection.select(table, Claim::id, claim.id());
            }
        });
        // Claimant names show in the table: refresh when actors are renamed.
        model.actors().addListener((ListChangeListener<Actor>) c -> table.refresh());

        statement.setId("claim-statement");
        claimant.setId("claim-claimant");
        status.setId("claim-status");
        likelihood.setId("claim-likelihood");
        claimant.setItems(model.actors());
        claimant.setMaxWidth(Double.MAX_VALUE);
        claimant.setPromptText("Who makes this claim?");
        clearClaimant.setTooltip(new javafx.scene.control.Tooltip("No claimant"));
        clearClaimant.setOnAction(event -> claimant.setValue(null));
        statement.textProperty().bindBidirectional(view.statementProperty());
        claimant.valueProperty().bindBidirectional(view.claimantProperty());
        status.valueProperty().bindBidirectional(view.statusProperty());
        likelihood.valueProperty().bindBidirectional(view.likelihoodProperty());
        Forms.commitOnLeave(statement, view::commit);
        Forms.commitOnChoice(claimant, view.claimant(), view::commit);
        Forms.commitOnChoice(status, view.status(), view::commit);
        Forms.commitOnChoice(likelihood, view.likelihood(), view::commit);
        for (var control : List.of(statement, claimant, clearClaimant, status, likelihood)) {
            control.disableProperty().bind(view.claimChosen().not());
        }
        passageList.setCellFactory(list -> new PassageCell());
        passageList.setPrefHeight(70);
        passageList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.reveal(now));

        evidenceTable.setId("claim-evidence-table");
        evidenceTable.setItems(view.links());
        evidenceTable.setPlaceholder(new Label("No evidence linked"));
        evidenceTable.getColumns().add(TableColumns.longText("Evidence", LinkRow::other, 200));
        evidenceTable.getColumns().add(TableColumns.text("Bears", r -> r.link().stance().label(), 85));
        evidenceTable.getColumns().add(TableColumns.text("Strength", r -> r.link().strength().label(), 100));
        evidenceTable.getColumns().add(TableColumns.text("Grade", LinkRow::grade, 75));
        evidenceTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        evidenceTable.setPrefHeight(120);
        PanelSizes.keepRows(evidenceTable, 3);
        evidenceTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, now) -> view.chosenLinkProperty().set(now));
        commands.define(Command.LINK_EVIDENCE_TO_SELECTED_CLAIM, view.claimChosen(), view::linkEvidence);
        commands.define(Command.REMOVE_CLAIM_LINK, view.linkChosen(), view::removeLink);
        commands.define(Command.DELETE_CLAIM, view.claimChosen(), view::deleteClaim);
        commands.bind(linkEvidence, Command.LINK_EVIDENCE_TO_SELECTED_CLAIM);
        commands.bind(unlink, Command.REMOVE_CLAIM_LINK);
        commands.bind(delete, Command.DELETE_CLAIM);
        linkEvidence.setId("claim-link-evidence");
        unlink.setId("claim-remove-link");
        delete.setId("claim-delete");

        GridPane form = Forms.grid();
        HBox claimantRow = new HBox(4, claimant, clearClaimant);
        HBox.setHgrow(claimant, Priority.ALWAYS);
        form.addRow(0, Forms.label("Statement"), statement);
        form.addRow(1, Forms.label("Claimant"), claimantRow);
        form.addRow(2, Forms.label("Status"), status);
        form.addRow(3, Forms.label("Likelihood"), likelihood);
        form.addRow(4, Forms.label("Passages"), passageList);
        // The links' four columns take the panel's whole width, under their heading, as the review comments do.
        var bottom = Forms.detail(java.util.List.of(linkEvidence, unlink, delete), form, Forms.label("Evidence"),
                evidenceTable, Forms.label("Review comments"), comments);
        PanelSizes.keepRows(table, 3);
        getItems().addAll(table, bottom);
        setDividerPositions(0.35);
        load(null);
    }

    private void load(Claim claim) {
        view.choose(claim);
        comments.show(claim == null ? null : claim.id());
    }

    public TableView<Claim> table() {
        return table;
    }

    /** What the panel shows, for the window's commands. */
    public ClaimsViewModel viewModel() {
        return view;
    }
}
