package org.lectern.ui.panels;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.lectern.model.Annotation;
import org.lectern.model.Tag;
import org.lectern.ui.WorkbenchModel;

/**
 * What the Annotations panel shows and what an analyst can do there, without the controls: the highlight
 * chosen, its tag and note (which the panel's controls bind to) and who made it when. A tag and a note changed
 * before leaving are one edit; refreshing the lists never writes anything back.
 */
public final class AnnotationsViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final WorkbenchModel model;
    private final RecordForm<Annotation> form;
    private final FormField<Annotation, Tag> tag;
    private final FormField<Annotation, String> note;
    private final ReadOnlyObjectWrapper<Annotation> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper madeBy = new ReadOnlyStringWrapper("");

    public AnnotationsViewModel(WorkbenchModel model) {
        this.model = model;
        form = new RecordForm<>(model, id -> model.state().annotation(id));
        tag = form.choice(annotation -> model.tag(annotation.tagId()).orElse(null));
        note = form.text(Annotation::note);
        form.saveWith(annotation -> {
            Tag chosenTag = tag.valueFor(annotation);
            UUID tagId = chosenTag == null ? annotation.tagId() : chosenTag.id();
            return model.session().edits().editAnnotation(annotation.id(), tagId, note.valueFor(annotation));
        });
    }

    /** Shows a highlight (null for none), after saving what the analyst changed in the one shown before. */
    public void choose(Annotation annotation) {
        form.show(annotation);
        chosen.set(annotation);
        madeBy.set(annotation == null ? "" : annotation.stamp().author() + " · created "
                + WHEN.format(annotation.stamp().created()) + " · modified "
                + WHEN.format(annotation.stamp().modified()));
    }

    public ReadOnlyObjectProperty<Annotation> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public BooleanBinding highlightChosen() {
        return chosen.isNotNull();
    }

    FormField<Annotation, Tag> tag() {
        return tag;
    }

    public ObjectProperty<Tag> tagProperty() {
        return tag.value();
    }

    public ObjectProperty<String> noteProperty() {
        return note.value();
    }

    /** Who made the highlight chosen, and when it was made and last changed. */
    public ReadOnlyStringProperty madeByProperty() {
        return madeBy.getReadOnlyProperty();
    }

    /** Saves the fields the analyst changed as one edit (the panel calls it when they leave a field). */
    public boolean commit() {
        return form.commit();
    }

    /** What a reviewer decided about a highlight: how a colleague reads a review bundle sent back. */
    public String reviewOf(Annotation annotation) {
        return model.session() == null ? "" : model.state().decisionOn(annotation.id())
                .map(d -> d.verdict().label() + " by " + d.stamp().author()
                        + (d.comment().isEmpty() ? "" : ": " + d.comment()))
                .orElse("");
    }

    /** Deletes the highlight chosen, as one edit (its records keep their other passages). */
    public void deleteHighlight() {
        Annotation annotation = chosen.get();
        if (annotation != null) {
            model.perform(model.session().edits().deleteAnnotation(annotation.id()));
        }
    }
}
