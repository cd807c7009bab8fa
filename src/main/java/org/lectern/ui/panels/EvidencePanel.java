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
import javafx.scene.layout.VBox;
import org.lectern.model.Annotation;
import org.lectern.model.Evidence;
import org.lectern.model.InformationCredibility;
import org.lectern.model.Link;
import org.lectern.model.SourceReliability;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.actions.Command;
import org.lectern.ui.actions.Commands;
import org.lectern.ui.review.CommentsView;

/**
 * The evidence: what bears on which claim, graded on the Admiralty scale (source reliability A–F and
 * information credibility 1–6, each judged on its own).
 */
public final class EvidencePanel extends SplitPane {
    private final WorkbenchModel model;
    private final EvidenceViewModel view;
    private final TableView<Evidence> table = new TableView<>();
    private final TextArea description = Forms.area(2);
    private final ComboBox<SourceReliability> reliability =
            new ComboBox<>(FXCollections.observableArrayList(SourceReliability.values()));
    private final ComboBox<InformationCredibility> credibility =
            new ComboBox<>(FXCollections.observableArrayList(InformationCredibility.values()));
    private final ListView<Annotation> passageList;
    private final TableView<LinkRow> claimTable = new TableView<>();
    private final Button linkClaim = new Button(Command.LINK_SELECTED_EVIDENCE_TO_CLAIM.text());
    private final Button unlink = new Button(Command.REMOVE_EVIDENCE_LINK.text());
    private final Button delete = new Button(Command.DELETE_EVIDENCE.text());
    private final CommentsView comments;

    public EvidencePanel(WorkbenchModel model, Commands commands) {
        this.model = model;
        this.view = new EvidenceViewModel(model);
        this.comments = new CommentsView(model, "evidence");
        this.passageList = new ListView<>(view.passages());
        setId("evidence-panel");
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        table.setId("evidence-table");
        table.setItems(model.evidence());
        table.setPlaceholder(Forms.placeholder("No evidence yet. Select a passage, right-click, New evidence from selection."));
        table.getColumns().add(TableColumns.longText("Evidence", Evidence::toString, 240));
        table.getColumns().add(TableColumns.text("Grade", e -> e.grade().code(), 60));
        table.getColumns().add(TableColumns.text("Claims",
                e -> Integer.toString(model.state().linksOfEvidence(e.id()).size()), 60));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        KeepSelection.byId(table, Evidence::id);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> load(now));
        // Chosen here by the analyst (not echoed from a click in the article): show where it stands.
        ChosenRows.onChosen(table, item -> PassageReveal.first(model, item.passageIds()));
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
        description.textProperty().bindBidirectional(view.descriptionProperty());
        reliability.valueProperty().bindBidirectional(view.reliabilityProperty());
        credibility.valueProperty().bindBidirectional(view.credibilityProperty());
        Forms.commitOnLeave(description, view::commit);
        Forms.commitOnChoice(reliability, view.reliability(), view::commit);
        Forms.commitOnChoice(credibility, view.credibility(), view::commit);
        for (var control : List.of(description, reliability, credibility)) {
            control.disableProperty().bind(view.evidenceChosen().not());
        }
        passageList.setCellFactory(list -> new PassageCell());
        passageList.setPrefHeight(70);
        passageList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.reveal(now));

        claimTable.setId("evidence-claims-table");
        claimTable.setItems(view.links());
        claimTable.setPlaceholder(new Label("Not linked to any claim"));
        claimTable.getColumns().add(TableColumns.longText("Claim", LinkRow::other, 220));
        claimTable.getColumns().add(TableColumns.text("Bears", r -> r.link().stance().label(), 85));
        claimTable.getColumns().add(TableColumns.text("Strength", r -> r.link().strength().label(), 100));
        claimTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        claimTable.setPrefHeight(120);
        PanelSizes.keepRows(claimTable, 3);
        claimTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, now) -> view.chosenLinkProperty().set(now));
        // The table's "Claims" column counts links.
        model.links().addListener((ListChangeListener<Link>) c -> table.refresh());
        commands.define(Command.LINK_SELECTED_EVIDENCE_TO_CLAIM, view.evidenceChosen(), view::linkToClaim);
        commands.define(Command.REMOVE_EVIDENCE_LINK, view.linkChosen(), view::removeLink);
        commands.define(Command.DELETE_EVIDENCE, view.evidenceChosen(), view::deleteEvidence);
        commands.bind(linkClaim, Command.LINK_SELECTED_EVIDENCE_TO_CLAIM);
        commands.bind(unlink, Command.REMOVE_EVIDENCE_LINK);
        commands.bind(delete, Command.DELETE_EVIDENCE);
        linkClaim.setId("evidence-link-claim");
        unlink.setId("evidence-remove-link");
        delete.setId("evidence-delete");

        GridPane form = Forms.grid();
        form.addRow(0, Forms.label("Description"), description);
        form.addRow(1, Forms.label("Source"), reliability);
        form.addRow(2, Forms.label("Information"), credibility);
        form.addRow(3, Forms.label("Passages"), passageList);
        // The links take the panel's whole width, under their heading, as the review comments do.
        var bottom = Forms.detail(java.util.List.of(linkClaim, unlink, delete), form, Forms.label("Claims"),
                claimTable, Forms.label("Review comments"), comments);
        PanelSizes.keepRows(table, 3);
        getItems().addAll(table, bottom);
        setDividerPositions(0.35);
        load(null);
    }

    private void load(Evidence item) {
        view.choose(item);
        comments.show(item == null ? null : item.id());
    }

    public TableView<Evidence> table() {
        return table;
    }

    /** What the panel shows, for the window's commands. */
    public EvidenceViewModel viewModel() {
        return view;
    }
}
