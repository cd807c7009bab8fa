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
import javafx.scene.layout.VBox;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.InformationCredibility;
import org.lectern.model.Link;
import org.lectern.model.SourceReliability;
import org.lectern.ui.LinkChoice;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.review.CommentsView;
import org.lectern.ui.panels.ClaimsPanel.LinkRow;

/**
 * The evidence: what bears on which claim, graded on the Admiralty scale (source reliability A–F and
 * information credibility 1–6, each judged on its own).
 */
public final class EvidencePanel extends SplitPane {
    private final WorkbenchModel model;
    private final TableView<Evidence> table = new TableView<>();
    private final TextArea description = Forms.area(2);
    private final ComboBox<SourceReliability> reliability =
            new ComboBox<>(FXCollections.observableArrayList(SourceReliability.values()));
    private final ComboBox<InformationCredibility> credibility =
            new ComboBox<>(FXCollections.observableArrayList(InformationCredibility.values()));
    private final ObservableList<Annotation> passages = FXCollections.observableArrayList();
    private final ListView<Annotation> passageList = new ListView<>(passages);
    private final TableView<LinkRow> claimTable = new TableView<>();
    private final Button linkClaim = new Button("Link to claim…");
    private final Button unlink = new Button("Remove link");
    private final Button delete = new Button("Delete evidence");
    private final CommentsView comments;
    private final RecordForm<Evidence> form;
    private final FormField<Evidence, String> descriptionField;
    private final FormField<Evidence, SourceReliability> reliabilityField;
    private final FormField<Evidence, InformationCredibility> credibilityField;
    private UUID editing;

    public EvidencePanel(WorkbenchModel model) {
        this.model = model;
        this.comments = new CommentsView(model, "evidence");
        form = new RecordForm<>(model, id -> model.state().evidence(id));
        descriptionField = form.text(Evidence::description);
        reliabilityField = form.choice(item -> item.grade().reliability());
        credibilityField = form.choice(item -> item.grade().credibility());
        form.saveWith(item -> {
            SourceReliability source = reliabilityField.valueFor(item);
            InformationCredibility information = credibilityField.valueFor(item);
            return model.session().edits().editEvidence(item.id(), descriptionField.valueFor(item),
                    new Grade(source == null ? item.grade().reliability() : source,
                            information == null ? item.grade().credibility() : information));
        });
        setId("evidence-panel");
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        table.setId("evidence-table");
        table.setItems(model.evidence());
        table.setPlaceholder(Forms.placeholder("No evidence yet. Select a passage, right-click, New evidence from selection."));
        table.getColumns().add(TableColumns.text("Evidence", Evidence::toString, 240));
        table.getColumns().add(TableColumns.text("Grade", e -> e.grade().code(), 60));
        table.getColumns().add(TableColumns.text("Claims",
                e -> Integer.toString(model.state().linksOfEvidence(e.id()).size()), 60));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        KeepSelection.byId(table, Evidence::id);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            load(now);
            // Chosen here by the analyst (not echoed from a click in the article): show where it stands.
            if (now != null && table.isFocused()) {
                PassageReveal.first(model, now.passageIds());
            }
        });
        model.onFocus(record -> {
            if (record instanceof Evidence item) {
                KeepSelection.select(table, Evidence::id, item.id());
            }
        });

        description.setId("evidence-description");
        reliability.setId("evidence-reliability");
        credibility.setId("evidence-credibility");
        reliability.setMaxWidth(Double.MAX_VALUE);
        credibility.setMaxWidth(Double.MAX_VALUE);
        description.textProperty().bindBidirectional(descriptionField.value());
        reliability.valueProperty().bindBidirectional(reliabilityField.value());
        credibility.valueProperty().bindBidirectional(credibilityField.value());
        Forms.commitOnLeave(description, form::commit);
        Forms.commitOnChoice(reliability, reliabilityField, form::commit);
        Forms.commitOnChoice(credibility, credibilityField, form::commit);
        passageList.setCellFactory(list -> new PassageCell());
        passageList.setPrefHeight(70);
        passageList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.reveal(now));

        claimTable.setId("evidence-claims-table");
        claimTable.setPlaceholder(new Label("Not linked to any claim"));
        claimTable.getColumns().add(TableColumns.text("Claim", LinkRow::other, 220));
        claimTable.getColumns().add(TableColumns.text("Bears", r -> r.link().stance().label(), 85));
        claimTable.getColumns().add(TableColumns.text("Strength", r -> r.link().strength().label(), 100));
        claimTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        claimTable.setPrefHeight(120);
        PanelSizes.keepRows(claimTable, 3);
        model.links().addListener((ListChangeListener<Link>) c -> {
            refreshLinks();
            table.refresh();
        });
        model.claims().addListener((ListChangeListener<Claim>) c -> refreshLinks());
        linkClaim.setOnAction(event -> linkClaim());
        unlink.setOnAction(event -> {
            LinkRow row = claimTable.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.perform(model.session().edits().deleteLink(row.link().id()));
            }
        });
        delete.setOnAction(event -> {
            if (editing != null) {
                model.perform(model.session().edits().deleteEvidence(editing));
            }
        });

        GridPane form = Forms.grid();
        form.addRow(0, Forms.label("Description"), description);
        form.addRow(1, Forms.label("Source"), reliability);
        form.addRow(2, Forms.label("Information"), credibility);
        form.addRow(3, Forms.label("Passages"), passageList);
        form.addRow(4, Forms.label("Claims"), claimTable);
        VBox bottom = new VBox(10, form, Forms.label("Review comments"), comments, new javafx.scene.layout.FlowPane(8, 8, linkClaim, unlink, delete));
        bottom.setPadding(new Insets(10));
        PanelSizes.keepRows(table, 3);
        getItems().addAll(table, bottom);
        setDividerPositions(0.35);
        load(null);
    }

    private void load(Evidence item) {
        form.show(item);
        editing = item == null ? null : item.id();
        comments.show(editing);
        passages.setAll(item == null ? List.of() : item.passageIds().stream()
                .map(id -> model.state().annotation(id).orElse(null)).filter(Objects::nonNull).toList());
        for (var control : List.of(description, reliability, credibility, linkClaim, unlink, delete)) {
            control.setDisable(item == null);
        }
        refreshLinks();
    }

    private void refreshLinks() {
        if (editing == null || model.session() == null) {
            claimTable.getItems().clear();
            return;
        }
        claimTable.getItems().setAll(model.state().linksOfEvidence(editing).stream().map(link -> {
            String claim = model.state().claim(link.claimId()).map(Claim::toString).orElse("");
            return new LinkRow(link, claim, "");
        }).toList());
    }

    private void linkClaim() {
        if (editing == null) {
            return;
        }
        List<Claim> claims = model.state().claims();
        if (claims.isEmpty()) {
            model.dialogs().showInfo("Link to claim", "There are no claims yet. Select a statement in the article and"
                    + " choose New claim from selection.");
            return;
        }
        model.dialogs().chooseLink("Link this evidence to a claim", "Claim", claims).ifPresent(
                (LinkChoice<Claim> choice) -> model.perform(model.session().edits()
                        .link(editing, choice.target().id(), choice.stance(), choice.strength())));
    }

    public TableView<Evidence> table() {
        return table;
    }
}
