package org.lectern.ui;

import java.nio.file.Path;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Document;

/** What an import of annotations did, in a few lines for the analyst. */
final class ImportReport {
    private static final int LISTED = 12;

    private ImportReport() {
    }

    static String describe(Path file, ExchangeImport result) {
        long annotations = result.changes().stream()
                .filter(c -> c.before() == null && c.after() instanceof Annotation).count();
        long documents = result.changes().stream()
                .filter(c -> c.before() == null && c.after() instanceof Document).count();
        StringBuilder text = new StringBuilder();
        text.append("From ").append(file.getFileName()).append(": ").append(annotations).append(" annotation")
                .append(annotations == 1 ? "" : "s").append(" added");
        if (documents > 0) {
            text.append(", with ").append(documents).append(" new document").append(documents == 1 ? "" : "s");
        }
        text.append('.');
        if (annotations == 0 && result.unplaced().isEmpty()) {
            text.append(" Everything in it is in the project already.");
        }
        if (!result.unplaced().isEmpty()) {
            text.append("\n\n").append(result.unplaced().size()).append(" could not be placed:");
            result.unplaced().stream().limit(LISTED).forEach(line -> text.append("\n• ").append(line));
            if (result.unplaced().size() > LISTED) {
                text.append("\n… and ").append(result.unplaced().size() - LISTED).append(" more.");
            }
        }
        return text.toString();
    }
}
