package org.lectern.ui.panels;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
import org.lectern.model.Evidence;
import org.lectern.model.Likelihood;
import org.lectern.model.Link;
import org.lectern.ui.LinkChoice;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.review.CommentsView;

/** The claims: what each actor asserts, where, how it stands, and the evidence bearing on it. */
public final class ClaimsPanel extends SplitPane {
    private final WorkbenchModel model;
    private final TableView<Claim> table = new TableView<>();
    private final TextArea statement = Forms.area(2);
    private final SearchableComboBox<Actor> claimant = new SearchableComboBox<>();
    private final Button clearClaimant = new Button("×");
    private final ComboBox<ClaimStatus> status = new ComboBox<>(FXCollections.observableArrayList(ClaimStatus.values()));
    private final ComboBox<Likelihood> likelihood = new ComboBox<>(FXCollections.observableArrayList(Likelihood.values()));
    private final ObservableList<Annotation> passages = FXCollections.observableArrayList();
    private final ListView<Annotation> passageList = new ListView<>(passages);
    private final TableView<LinkRow> evidenceTable = new TableView<>();
    private final Button linkEvidence = new Button("Link evidence…");
    private final Button unlink = new Button("Remove link");
    private final Button delete = new Button("Delete claim");
    private final CommentsView comments;
    private final RecordForm<Claim> form;
    private final FormField<Claim, String> statementField;
    private final FormField<Claim, Actor> claimantField;
    private final FormField<Claim, ClaimStatus> statusField;
    private final FormField<Claim, Likelihood> likelihoodField;
    private UUID editing;

    public ClaimsPanel(WorkbenchModel model) {
        this.model = model;
        this.comments = new CommentsView(model, "claim");
        form = new RecordForm<>(model, id -> model.state().claim(id));
        statementField = form.text(Claim::statement);
        claimantField = form.choice(claim -> model.state().actor(claim.claimantId()).orElse(null));
        statusField = form.choice(Claim::status);
        likelihoodField = form.choice(Claim::likelihood);
        form.saveWith(claim -> {
            Actor who = claimantField.valueFor(claim);
            return model.session().edits().editClaim(claim.id(), statementField.valueFor(claim),
                    who == null ? null : who.id(), orElse(statusField.valueFor(claim), claim.status()),
                    orElse(likelihoodField.valueFor(claim), claim.likelihood()));
        });
        setId("claims-panel");
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        table.setId("claims-table");
        table.setItems(model.claims());
        table.setPlaceholder(Forms.placeholder("No claims yet. Select a statement, right-click, New claim from selection."));
        table.getColumns().add(TableColumns.text("Claim", Claim::toString, 220));
        table.getColumns().add(TableColumns.text("Claimant", c -> model.actorName(c.claimantId()), 110));
        table.getColumns().add(TableColumns.text("Status", c -> c.status().label(), 90));
        table.getColumns().add(TableColumns.text("Likelihood", c -> c.likelihood().label(), 100));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        KeepSelection.byId(table, Claim::id);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            load(now);
            // Chosen here by the analyst (not echoed from a click in the article): show where it stands.
            if (now != null && table.isFocused()) {
                PassageReveal.first(model, now.passageIds());
            }
        });
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
        statement.textProperty().bindBidirectional(statementField.value());
        claimant.valueProperty().bindBidirectional(claimantField.value());
        status.valueProperty().bindBidirectional(statusField.value());
        likelihood.valueProperty().bindBidirectional(likelihoodField.value());
        Forms.commitOnLeave(statement, form::commit);
        Forms.commitOnChoice(claimant, claimantField, form::commit);
        Forms.commitOnChoice(status, statusField, form::commit);
        Forms.commitOnChoice(likelihood, likelihoodField, form::commit);
        passageList.setCellFactory(list -> new PassageCell());
        passageList.setPrefHeight(70);
        passageList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.reveal(now));

        evidenceTable.setId("claim-evidence-table");
        evidenceTable.setPlaceholder(new Label("No evidence linked"));
        evidenceTable.getColumns().add(TableColumns.text("Evidence", LinkRow::other, 200));
        evidenceTable.getColumns().add(TableColumns.text("Bears", r -> r.link().stance().label(), 85));
        evidenceTable.getColumns().add(TableColumns.text("Strength", r -> r.link().strength().label(), 100));
        evidenceTable.getColumns().add(TableColumns.text("Grade", LinkRow::grade, 75));
        evidenceTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        evidenceTable.setPrefHeight(120);
        PanelSizes.keepRows(evidenceTable, 3);
        model.links().addListener((ListChangeListener<Link>) c -> refreshLinks());
        model.evidence().addListener((ListChangeListener<Evidence>) c -> refreshLinks());
        linkEvidence.setOnAction(event -> linkEvidence());
        unlink.setOnAction(event -> {
            LinkRow row = evidenceTable.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.perform(model.session().edits().deleteLink(row.link().id()));
            }
        });
        delete.setOnAction(event -> {
            if (editing != null) {
                model.perform(model.session().edits().deleteClaim(editing));
            }
        });

        GridPane form = Forms.grid();
        HBox claimantRow = new HBox(4, claimant, clearClaimant);
        HBox.setHgrow(claimant, Priority.ALWAYS);
        form.addRow(0, Forms.label("Statement"), statement);
        form.addRow(1, Forms.label("Claimant"), claimantRow);
        form.addRow(2, Forms.label("Status"), status);
        form.addRow(3, Forms.label("Likelihood"), likelihood);
        form.addRow(4, Forms.label("Passages"), passageList);
        form.addRow(5, Forms.label("Evidence"), evidenceTable);
        VBox bottom = new VBox(10, form, Forms.label("Review comments"), comments, new javafx.scene.layout.FlowPane(8, 8, linkEvidence, unlink, delete));
        bottom.setPadding(new Insets(10));
        PanelSizes.keepRows(table, 3);
        getItems().addAll(table, bottom);
        setDividerPositions(0.35);
        load(null);
    }

    private void load(Claim claim) {
        form.show(claim);
        editing = claim == null ? null : claim.id();
        comments.show(editing);
        passages.setAll(claim == null ? List.of() : claim.passageIds().stream()
                .map(id -> model.state().annotation(id).orElse(null)).filter(Objects::nonNull).toList());
        for (var control : List.of(statement, claimant, clearClaimant, status, likelihood, linkEvidence, unlink, delete)) {
            control.setDisable(claim == null);
        }
        refreshLinks();
    }

    private void refreshLinks() {
        if (editing == null || model.session() == null) {
            evidenceTable.getItems().clear();
            return;
        }
        evidenceTable.getItems().setAll(model.state().linksOfClaim(editing).stream().map(link -> {
            Evidence item = model.state().evidence(link.evidenceId()).orElse(null);
            return new LinkRow(link, item == null ? "" : item.toString(), item == null ? "" : item.grade().code());
        }).toList());
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private void linkEvidence() {
        if (editing == null) {
            return;
        }
        List<Evidence> candidates = model.state().evidence();
        if (candidates.isEmpty()) {
            model.dialogs().showInfo("Link evidence", "There is no evidence yet. Select a passage in the article and"
                    + " choose New evidence from selection.");
            return;
        }
        model.dialogs().chooseLink("Link evidence to this claim", "Evidence", candidates).ifPresent(
                (LinkChoice<Evidence> choice) -> model.perform(model.session().edits()
                        .link(choice.target().id(), editing, choice.stance(), choice.strength())));
    }

    public TableView<Claim> table() {
        return table;
    }

    /** A link as a row of the claim's or evidence's table: the record at the other end, and a grade. */
    record LinkRow(Link link, String other, String grade) {
    }
}
