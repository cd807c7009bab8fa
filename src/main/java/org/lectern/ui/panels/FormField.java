package org.lectern.ui.panels;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One field of a record form: the value its control shows, how it reads from the record, and whether the
 * analyst has changed it since the record was shown. Only a changed field is written back.
 */
final class FormField<R, T> {
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final Function<R, T> read;
    private final T empty;
    private boolean changed;
    private boolean choosing;

    FormField(Function<R, T> read, T empty, Consumer<FormField<R, ?>> onChange) {
        this.read = read;
        this.empty = empty;
        value.addListener((obs, old, now) -> onChange.accept(this));
    }

    /** What the control shows; bind the control to it both ways. */
    ObjectProperty<T> value() {
        return value;
    }

    /**
     * The value to save for {@code record}: the analyst's if they changed it (and are not still choosing it),
     * else the record's own.
     */
    T valueFor(R record) {
        return isReady() ? value.get() : read.apply(record);
    }

    /** A changed value that is made: not a choice whose list is still open. */
    boolean isReady() {
        return changed && !choosing;
    }

    /** While a choice's list is open, moving through or filtering it is not yet a choice. */
    void setChoosing(boolean choosing) {
        this.choosing = choosing;
    }

    /** True when this field shows another value than {@code record} has. */
    boolean differsFrom(R record) {
        return !Objects.equals(value.get(), read.apply(record));
    }

    boolean isChanged() {
        return changed;
    }

    void markChanged(boolean changed) {
        this.changed = changed;
    }

    /** Shows the record's value (or nothing); the analyst has changed nothing yet. */
    void show(R record) {
        changed = false;
        value.set(record == null ? empty : read.apply(record));
    }

    /** Shows the record's value unless the analyst has changed this field. */
    void follow(R record) {
        if (!changed && !Objects.equals(value.get(), read.apply(record))) {
            value.set(read.apply(record));
        }
    }
}
