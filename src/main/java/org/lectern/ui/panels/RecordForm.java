package org.lectern.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.lectern.model.ProjectRecord;
import org.lectern.service.Edit;
import org.lectern.ui.WorkbenchModel;

/**
 * The view model of a panel's edit-in-place form: the record it shows and which of its fields the analyst has
 * changed. It turns those changes into one edit, built on the record as it is in the project now, so a field
 * the analyst did not touch is never written. Values a control takes while Lectern fills it (showing a record,
 * or refreshing the lists a choice box offers) are not the analyst's and are put back from the record.
 */
final class RecordForm<R extends ProjectRecord> implements WorkbenchModel.PendingInput {
    private final WorkbenchModel model;
    private final Function<UUID, Optional<R>> current;
    private final List<FormField<R, ?>> fields = new ArrayList<>();
    private Function<R, Edit> save = record -> {
        throw new IllegalStateException("A form needs to know how to save");
    };
    private R shown;
    private boolean filling;

    /** {@code current} finds the record as it is in the project now, by id. */
    RecordForm(WorkbenchModel model, Function<UUID, Optional<R>> current) {
        this.model = model;
        this.current = current;
        model.addPendingInput(this);
        model.onChangesApplied(this::followRecord);
    }

    /** A text field; it shows "" when there is no record. */
    FormField<R, String> text(Function<R, String> read) {
        return add(new FormField<>(read, "", this::changedByAnalyst));
    }

    /** A choice; it shows nothing when there is no record. */
    <T> FormField<R, T> choice(Function<R, T> read) {
        return add(new FormField<>(read, null, this::changedByAnalyst));
    }

    private <T> FormField<R, T> add(FormField<R, T> field) {
        fields.add(field);
        return field;
    }

    /** How the changed fields become one edit of the record as it is now (see {@link FormField#valueFor}). */
    void saveWith(Function<R, Edit> save) {
        this.save = save;
    }

    /**
     * Shows the record chosen in the panel (null for none). A newer version of the record shown keeps the
     * analyst's changes; another record is shown only after what the analyst changed in this one is saved.
     */
    void show(R record) {
        R before = shown;
        if (record != null && before != null && record.id().equals(before.id())) {
            follow(record);
            return;
        }
        commit();
        fill(() -> {
            shown = record;
            fields.forEach(field -> field.show(record));
        });
    }

    private boolean hasChanges() {
        return fields.stream().anyMatch(FormField::isChanged);
    }

    /**
     * Saves what the analyst changed as one edit; does nothing when nothing was changed. If the file refuses
     * it, the changes stay in the form (and the analyst has been told).
     */
    @Override
    public boolean commit() {
        R record = shown;
        if (record == null || !hasChanges() || model.session() == null) {
            return true;
        }
        Optional<R> now = current.apply(record.id());
        // A field the analyst changed back, or a choice box that settled on the record's own value, is no change.
        fields.stream().filter(FormField::isReady).filter(field -> now.isEmpty() || !field.differsFrom(now.get()))
                .forEach(field -> field.markChanged(false));
        List<FormField<R, ?>> changed = fields.stream().filter(FormField::isReady).toList();
        if (changed.isEmpty()) {
            if (!hasChanges()) {
                model.inputSettled(); // nothing to save (or the record was deleted meanwhile, by an undo)
            }
            return true;
        }
        Edit edit = save.apply(now.get());
        // Cleared first: saving refreshes the lists, and the form must not see its own changes again.
        changed.forEach(field -> field.markChanged(false));
        boolean saved = model.perform(edit);
        if (!saved && shown != null && shown.id().equals(record.id())) {
            changed.forEach(field -> field.markChanged(true));
        }
        return saved;
    }

    /** After an edit, undo or redo: the record shown may have changed; show it as it is now. */
    private void followRecord() {
        R record = shown;
        if (record != null && model.session() != null) {
            current.apply(record.id()).ifPresent(this::follow);
        }
    }

    private void follow(R record) {
        fill(() -> {
            shown = record;
            fields.forEach(field -> field.follow(record));
        });
    }

    private void fill(Runnable filling) {
        boolean was = this.filling;
        this.filling = true;
        try {
            filling.run();
        } finally {
            this.filling = was;
        }
    }

    /** A control's value changed: the analyst's doing unless Lectern is filling the form or its lists. */
    private void changedByAnalyst(FormField<R, ?> field) {
        if (filling || model.isApplyingChanges() || shown == null) {
            return;
        }
        field.markChanged(true);
        model.inputPending();
    }
}
