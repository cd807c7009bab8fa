package org.lectern.ui.panels;

import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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
import org.lectern.ui.actions.Command;
import org.lectern.ui.actions.Commands;

/** The actors of the project: who speaks, acts or is acted upon; each editable in place (see {@link ActorsViewModel}). */
public final class ActorsPanel extends SplitPane {
    private final WorkbenchModel model;
    private final ActorsViewModel view;
    private final TableView<Actor> table = new TableView<>();
    private final TextField name = new TextField();
    private final ComboBox<ActorKind> kind = new ComboBox<>(FXCollections.observableArrayList(ActorKind.values()));
    private final TextField aliases = new TextField();
    private final TextArea description = Forms.area(3);
    private final ListView<Annotation> mentionList;
    private final Button findMentions = new Button(Command.FIND_MENTIONS.text());
    private final Button delete = new Button(Command.DELETE_ACTOR.text());

    public ActorsPanel(WorkbenchModel model, MentionFinder finder, Commands commands) {
        this.model = model;
        this.view = new ActorsViewModel(model);
        this.mentionList = new ListView<>(view.mentions());
        setId("actors-panel");
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        table.setId("actors-table");
        table.setItems(model.actors());
        table.setPlaceholder(Forms.placeholder("No actors yet. Select a name in the article, right-click, New actor from selection."));
        table.getColumns().add(TableColumns.longText("Name", Actor::name, 180));
        table.getColumns().add(TableColumns.text("Kind", a -> a.kind().label(), 100));
        table.getColumns().add(TableColumns.text("Mentions", a -> Integer.toString(a.mentionIds().size()), 70));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        KeepSelection.byId(table, Actor::id);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> view.choose(now));
        // Chosen here by the analyst (not echoed from a click in the article): show where it stands.
        ChosenRows.onChosen(table, actor -> PassageReveal.first(model, actor.mentionIds()));
        model.onFocus(record -> {
            if (record instanceof Actor actor) {
                KeepSelection.select(table, Actor::id, actor.id());
            }
        });

        name.setId("actor-name");
        kind.setId("actor-kind");
        aliases.setId("actor-aliases");
        aliases.setPromptText("Other names, separated by commas");
        name.textProperty().bindBidirectional(view.nameProperty());
        kind.valueProperty().bindBidirectional(view.kindProperty());
        aliases.textProperty().bindBidirectional(view.aliasesProperty());
        description.textProperty().bindBidirectional(view.descriptionProperty());
        Forms.commitOnLeave(name, view::commit);
        Forms.commitOnLeave(aliases, view::commit);
        Forms.commitOnLeave(description, view::commit);
        Forms.commitOnChoice(kind, view.kind(), view::commit);
        for (var control : List.of(name, kind, aliases, description)) {
            control.disableProperty().bind(view.actorChosen().not());
        }
        mentionList.setCellFactory(list -> new MentionCell(mention -> model.state().document(mention.documentId())
                .map(document -> org.lectern.text.WordsAround.of(document.text(), mention.passage().start(),
                        mention.passage().end(), MentionCell.CONTEXT_WORDS))
                .orElse(new org.lectern.text.WordsAround("", mention.passage().quote(), ""))));
        mentionList.setPrefHeight(110);
        mentionList.setId("actor-mentions");
        mentionList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.reveal(now));
        commands.define(Command.FIND_MENTIONS, view.actorChosen().and(model.currentDocumentProperty().isNotNull()),
                () -> finder.findMentions(view.chosenProperty().get().id()));
        commands.define(Command.DELETE_ACTOR, view.actorChosen(), view::deleteActor);
        commands.bind(findMentions, Command.FIND_MENTIONS);
        commands.bind(delete, Command.DELETE_ACTOR);
        findMentions.setId("actor-find-mentions");
        delete.setId("actor-delete");

        GridPane form = Forms.grid();
        form.addRow(0, Forms.label("Name"), name);
        form.addRow(1, Forms.label("Kind"), kind);
        form.addRow(2, Forms.label("Aliases"), aliases);
        form.addRow(3, Forms.label("Description"), description);
        form.addRow(4, Forms.label("Mentions"), mentionList);
        var bottom = Forms.detail(List.of(findMentions, delete), form);
        PanelSizes.keepRows(table, 3);
        getItems().addAll(table, bottom);
        setDividerPositions(0.4);
        view.choose(null);
    }

    public TableView<Actor> table() {
        return table;
    }

    /** What the panel shows, for the window's commands. */
    public ActorsViewModel viewModel() {
        return view;
    }

    /** Looks for an actor's name and aliases in the current document and proposes them as mentions. */
    @FunctionalInterface
    public interface MentionFinder {
        void findMentions(UUID actorId);
    }
}
