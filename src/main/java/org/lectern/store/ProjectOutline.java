package org.lectern.store;

import org.lectern.model.ProjectSnapshot;

/**
 * A project as opening it needs it: every record but the highlights, and how many highlights there are.
 * A corpus holds hundreds of thousands of highlights, and an analyst looks at one document's at a time; the rest
 * are read when a document is first shown ({@link ProjectStore#annotationsOf}).
 *
 * @param withoutAnnotations every document, tag, record, author, comment and decision; no highlight
 * @param annotationCount    the number of highlights in the project
 */
public record ProjectOutline(ProjectSnapshot withoutAnnotations, int annotationCount) {
}
