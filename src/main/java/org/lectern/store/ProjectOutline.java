package org.lectern.store;

import java.util.Map;
import java.util.UUID;
import org.lectern.model.ProjectSnapshot;

/**
 * A project as opening it needs it: every record but the highlights, and how many highlights each document has.
 * A corpus holds hundreds of thousands of highlights, and an analyst looks at one document's at a time; the rest
 * are read when a document is first shown ({@link ProjectStore#annotationsOf}).
 *
 * @param withoutAnnotations every document, tag, record, author, comment and decision; no highlight
 * @param annotationCounts   the number of highlights of each document that has any
 */
public record ProjectOutline(ProjectSnapshot withoutAnnotations, Map<UUID, Integer> annotationCounts) {
    public ProjectOutline {
        annotationCounts = Map.copyOf(annotationCounts);
    }
}
