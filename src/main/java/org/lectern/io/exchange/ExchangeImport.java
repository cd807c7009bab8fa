package org.lectern.io.exchange;

import java.util.List;
import org.lectern.model.Change;

/**
 * What reading an exchange file (W3C Web Annotation, REFI-QDA) proposes to add to a project: the record
 * changes, to be saved as one edit, and what could not be placed, said in words for the analyst.
 */
public record ExchangeImport(String description, List<Change> changes, List<String> unplaced) {
    public ExchangeImport {
        changes = List.copyOf(changes);
        unplaced = List.copyOf(unplaced);
    }
}
