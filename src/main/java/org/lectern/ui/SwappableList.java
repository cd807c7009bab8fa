package org.lectern.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Consumer;

import javafx.collections.ModifiableObservableListBase;

/**
 * An observable list whose {@link #setAll} swaps its whole contents in one step, told to its listeners as one
 * replacement. JavaFX's own list adds a new content element by element, each through its change bookkeeping: for
 * the 30,000 highlights of a big document that was several milliseconds of the frame that opens it (more while
 * the code is still cold), and again for every slice of a big import or undo. Copying it out ({@link #toArray})
 * and walking it ({@link #forEach}) go straight to the backing array for the same reason.
 */
final class SwappableList<E> extends ModifiableObservableListBase<E> implements RandomAccess {
    private ArrayList<E> items = new ArrayList<>();

    @Override
    public boolean setAll(Collection<? extends E> replacement) {
        ArrayList<E> removed = items;
        items = new ArrayList<>(replacement);
        if (removed.isEmpty() && items.isEmpty()) {
            return false;
        }
        beginChange();
        try {
            if (!removed.isEmpty()) {
                nextRemove(0, removed);
            }
            if (!items.isEmpty()) {
                nextAdd(0, items.size());
            }
            modCount++; // iterators taken before the swap must not walk on into the new contents
        } finally {
            endChange();
        }
        return true;
    }

    @Override
    public void clear() {
        setAll(List.of());
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public Object[] toArray() {
        return items.toArray();
    }

    @Override
    public <T> T[] toArray(T[] into) {
        return items.toArray(into);
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        items.forEach(action);
    }

    @Override
    protected void doAdd(int index, E element) {
        items.add(index, element);
    }

    @Override
    protected E doSet(int index, E element) {
        return items.set(index, element);
    }

    @Override
    protected E doRemove(int index) {
        return items.remove(index);
    }
}
