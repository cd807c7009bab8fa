package org.lectern.ui.panels;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.ui.WorkbenchModel;

/**
 * What the Actors panel shows and what an analyst can do there, without the controls: the actor chosen, its
 * name, kind, aliases and description (which the panel's controls bind to) and its mentions. Each change an
 * analyst makes becomes one edit; refreshing the lists never writes anything back.
 */
public final class ActorsViewModel {
    private final WorkbenchModel model;
    private final RecordForm<Actor> form;
    private final FormField<Actor, String> name;
    private final FormField<Actor, ActorKind> kind;
    private final FormField<Actor, String> aliases;
    private final FormField<Actor, String> description;
    private final ReadOnlyObjectWrapper<Actor> chosen = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Annotation> mentions = FXCollections.observableArrayList();

    public ActorsViewModel(WorkbenchModel model) {
        this.model = model;
        form = new RecordForm<>(model, id -> model.state().actor(id));
        name = form.text(Actor::name);
        kind = form.choice(Actor::kind);
        aliases = form.text(actor -> String.join(", ", actor.aliases()));
        description = form.text(Actor::description);
        form.saveWith(actor -> {
            ActorKind chosenKind = kind.valueFor(actor);
            return model.session().edits().editActor(actor.id(), name.valueFor(actor),
                    chosenKind == null ? actor.kind() : chosenKind, aliases.isChanged()
                            ? aliasList(aliases.valueFor(actor)) : actor.aliases(),
                    description.valueFor(actor));
        });
        model.annotations().addListener((ListChangeListener<Annotation>) c -> refreshMentions());
    }

    /** Shows an actor (null for none), after saving what the analyst changed in the one shown before. */
    public void choose(Actor actor) {
        form.show(actor);
        chosen.set(actor);
        refreshMentions();
    }

    public ReadOnlyObjectProperty<Actor> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public BooleanBinding actorChosen() {
        return chosen.isNotNull();
    }

    FormField<Actor, ActorKind> kind() {
        return kind;
    }

    public ObjectProperty<String> nameProperty() {
        return name.value();
    }

    public ObjectProperty<ActorKind> kindProperty() {
        return kind.value();
    }

    /** The aliases as typed: separated by commas. */
    public ObjectProperty<String> aliasesProperty() {
        return aliases.value();
    }

    public ObjectProperty<String> descriptionProperty() {
        return description.value();
    }

    /** Saves the fields the analyst changed as one edit (the panel calls it when they leave a field). */
    public boolean commit() {
        return form.commit();
    }

    /** Where the actor chosen is mentioned. */
    public ObservableList<Annotation> mentions() {
        return mentions;
    }

    /** Deletes the actor chosen, as one edit. */
    public void deleteActor() {
        Actor actor = chosen.get();
        if (actor != null) {
            model.perform(model.session().edits().deleteActor(actor.id()));
        }
    }

    private void refreshMentions() {
        Actor shown = chosen.get();
        if (shown == null || model.session() == null) {
            mentions.clear();
            return;
        }
        model.state().actor(shown.id()).ifPresentOrElse(actor -> mentions.setAll(actor.mentionIds().stream()
                .map(id -> model.state().annotation(id).orElse(null)).filter(Objects::nonNull).toList()),
                mentions::clear);
    }

    /** Aliases as typed: separated by commas, blanks dropped. */
    private static List<String> aliasList(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
