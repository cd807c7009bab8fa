package org.lectern.io.exchange;

import java.util.List;
import org.lectern.model.Change;
import org.lectern.model.ProjectRecord;

/**
 * What reading an exchange file (W3C Web Annotation, REFI-QDA) proposes to add to a project: the record
 * changes, to be saved as one edit, what could not be placed, and what the project already holds (the same
 * passage with the same tag by the same analyst), each said in words for the analyst.
 */
public record ExchangeImport(String description, List<Change> changes, List<String> unplaced,
                             List<String> alreadyPresent) {
    public ExchangeImport {
        changes = List.copyOf(changes);
        unplaced = List.copyOf(unplaced);
        alreadyPresent = List.copyOf(alreadyPresent);
    }

    /** How many records of this kind the import adds. */
    public int added(Class<? extends ProjectRecord> kind) {
        return (int) changes.stream().filter(c -> c.before() == null && kind.isInstance(c.after())).count();
    }

    /** An import that found nothing of the file in the project already. */
    public ExchangeImport(String description, List<Change> changes, List<String> unplaced) {
        this(description, changes, unplaced, List.of());
    }
}
