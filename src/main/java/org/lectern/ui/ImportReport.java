package org.lectern.ui;

import java.nio.file.Path;
import java.util.List;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.Tag;

/** What an import of annotations did, in a few lines for the analyst. */
final class ImportReport {
    private static final int LISTED = 12;

    private ImportReport() {
    }

    static String describe(Path file, ExchangeImport result) {
        int annotations = result.added(Annotation.class);
        int documents = result.added(Document.class);
        int tags = result.added(Tag.class);
        StringBuilder text = new StringBuilder();
        text.append("From ").append(file.getFileName()).append(": ").append(annotations).append(" annotation")
                .append(annotations == 1 ? "" : "s").append(" added");
        if (documents > 0) {
            text.append(", with ").append(documents).append(" new document").append(documents == 1 ? "" : "s");
        }
        if (tags > 0) {
            text.append(documents > 0 ? " and " : ", with ").append(tags).append(" new tag")
                    .append(tags == 1 ? "" : "s");
        }
        text.append('.');
        if (annotations == 0 && result.unplaced().isEmpty() && !result.alreadyPresent().isEmpty()) {
            text.append(" Everything in it is in the project already.");
        }
        list(text, result.alreadyPresent(), " already present (the same passage and tag by the same analyst):");
        list(text, result.unplaced(), " could not be placed:");
        return text.toString();
    }

    private static void list(StringBuilder text, List<String> lines, String heading) {
        if (lines.isEmpty()) {
            return;
        }
        text.append("\n\n").append(lines.size()).append(heading);
        lines.stream().limit(LISTED).forEach(line -> text.append("\n• ").append(line));
        if (lines.size() > LISTED) {
            text.append("\n… and ").append(lines.size() - LISTED).append(" more.");
        }
    }
}
