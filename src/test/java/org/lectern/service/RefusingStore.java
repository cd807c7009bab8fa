package org.lectern.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.lectern.model.Change;
import org.lectern.model.ProjectSnapshot;
import org.lectern.store.ProjectStore;
import org.lectern.store.StoreException;

/** A store that passes everything to a real one, but refuses writes while told to, as a full disk would. */
final class RefusingStore implements ProjectStore {
    private final ProjectStore inner;
    private boolean refusing;
    private int writes;

    RefusingStore(ProjectStore inner) {
        this.inner = inner;
    }

    void refuse(boolean refuse) {
        this.refusing = refuse;
    }

    int writes() {
        return writes;
    }

    @Override
    public Path location() {
        return inner.location();
    }

    @Override
    public int schemaVersion() {
        return inner.schemaVersion();
    }

    @Override
    public ProjectSnapshot load() {
        return inner.load();
    }

    @Override
    public void write(List<Change> changes) {
        if (refusing) {
            throw new StoreException("Lectern could not save the last change",
                    new IOException("No space left on device"));
        }
        inner.write(changes);
        writes++;
    }

    @Override
    public void copyTo(java.nio.file.Path target) {
        inner.copyTo(target);
    }

    @Override
    public void close() {
        inner.close();
    }
}
