package org.lectern.ui.panels;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.ui.WorkbenchModel;

/** The actors of the project: who speaks, acts or is acted upon; each editable in place. */
public final class ActorsPanel extends SplitPane {
    private final WorkbenchModel model;
    private final TableView<Actor> table = new TableView<>();
    private final TextField name = new TextField();
    private final ComboBox<ActorKind> kind = new ComboBox<>(FXCollections.observableArrayList(ActorKind.values()));
    private final TextField aliases = new TextField();
    private final TextArea description = Forms.area(3);
    private final ObservableList<Annotation> mentions = FXCollections.observableArrayList();
    private final ListView<Annotation> mentionList = new ListView<>(mentions);
    private final Button findMentions = new Button("Find mentions…");
    private final Button delete = new Button("Delete actor");
    private final RecordForm<Actor> form;
    private final FormField<Actor, String> nameField;
    private final FormField<Actor, ActorKind> kindField;
    private final FormField<Actor, String> aliasesField;
    private final FormField<Actor, String> descriptionField;
    private UUID editing;

    public ActorsPanel(WorkbenchModel model, MentionFinder finder) {
        this.model = model;
        form = new RecordForm<>(model, id -> model.state().actor(id));
        nameField = form.text(Actor::name);
        kindField = form.choice(Actor::kind);
        aliasesField = form.text(actor -> String.join(", ", actor.aliases()));
        descriptionField = form.text(Actor::description);
        form.saveWith(actor -> {
            ActorKind chosen = kindField.valueFor(actor);
            return model.session().edits().editActor(actor.id(), nameField.valueFor(actor),
                    chosen == null ? actor.kind() : chosen, aliasesField.isChanged()
                            ? aliasList(aliasesField.valueFor(actor)) : actor.aliases(),
                    descriptionField.valueFor(actor));
        });
        setId("actors-panel");
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        table.setId("actors-table");
        table.setItems(model.actors());
        table.setPlaceholder(Forms.placeholder("No actors yet. Select a name in the article, right-click, New actor from selection."));
        table.getColumns().add(TableColumns.text("Name", Actor::name, 180));
        table.getColumns().add(TableColumns.text("Kind", a -> a.kind().label(), 100));
        table.getColumns().add(TableColumns.text("Mentions", a -> Integer.toString(a.mentionIds().size()), 70));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        KeepSelection.byId(table, Actor::id);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            load(now);
            // Chosen here by the analyst (not echoed from a click in the article): show where it stands.
            if (now != null && table.isFocused()) {
                PassageReveal.first(model, now.mentionIds());
            }
        });
        model.onFocus(record -> {
            if (record instanceof Actor actor) {
                KeepSelection.select(table, Actor::id, actor.id());
            }
        });

        name.setId("actor-name");
        kind.setId("actor-kind");
        aliases.setId("actor-aliases");
        aliases.setPromptText("Other names, separated by commas");
        name.textProperty().bindBidirectional(nameField.value());
        kind.valueProperty().bindBidirectional(kindField.value());
        aliases.textProperty().bindBidirectional(aliasesField.value());
        description.textProperty().bindBidirectional(descriptionField.value());
        Forms.commitOnLeave(name, form::commit);
        Forms.commitOnLeave(aliases, form::commit);
        Forms.commitOnLeave(description, form::commit);
        Forms.commitOnChoice(kind, kindField, form::commit);
        mentionList.setCellFactory(list -> new MentionCell(mention -> model.state().document(mention.documentId())
                .map(document -> org.lectern.text.WordsAround.of(document.text(), mention.passage().start(),
                        mention.passage().end(), MentionCell.CONTEXT_WORDS))
                .orElse(new org.lectern.text.WordsAround("", mention.passage().quote(), ""))));
        mentionList.setPrefHeight(110);
        mentionList.setId("actor-mentions");
        mentionList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.reveal(now));
        findMentions.setOnAction(event -> {
            if (editing != null) {
                finder.findMentions(editing);
            }
        });
        delete.setOnAction(event -> {
            if (editing != null) {
                model.perform(model.session().edits().deleteActor(editing));
            }
        });

        GridPane form = Forms.grid();
        form.addRow(0, Forms.label("Name"), name);
        form.addRow(1, Forms.label("Kind"), kind);
        form.addRow(2, Forms.label("Aliases"), aliases);
        form.addRow(3, Forms.label("Description"), description);
        form.addRow(4, Forms.label("Mentions"), mentionList);
        VBox bottom = new VBox(10, form, new javafx.scene.layout.FlowPane(8, 8, findMentions, delete));
        bottom.setPadding(new Insets(10));
        PanelSizes.keepRows(table, 3);
        getItems().addAll(table, bottom);
        setDividerPositions(0.4);
        model.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c -> refreshMentions());
        load(null);
    }

    private void load(Actor actor) {
        form.show(actor);
        editing = actor == null ? null : actor.id();
        for (var control : List.of(name, kind, aliases, description, findMentions, delete)) {
            control.setDisable(actor == null);
        }
        refreshMentions();
    }

    private void refreshMentions() {
        if (editing == null || model.session() == null) {
            mentions.clear();
            return;
        }
        model.state().actor(editing).ifPresentOrElse(actor -> mentions.setAll(actor.mentionIds().stream()
                .map(id -> model.state().annotation(id).orElse(null)).filter(java.util.Objects::nonNull).toList()),
                mentions::clear);
    }

    /** Aliases as typed: separated by commas, blanks dropped. */
    private static List<String> aliasList(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public TableView<Actor> table() {
        return table;
    }

    /** Looks for an actor's name and aliases in the current document and proposes them as mentions. */
    @FunctionalInterface
    public interface MentionFinder {
        void findMentions(UUID actorId);
    }
}
