package org.lectern.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lectern.model.Annotation;

/**
 * The highlights as last committed to a project, read a document at a time: what a project opened without them
 * ({@link ProjectOutline}) reads when a document is first shown. Safe to call from any thread while edits are
 * being written.
 */
public interface SavedHighlights {
    /** One document's highlights, in no particular order. */
    List<Annotation> annotationsOf(UUID documentId);

    /** The highlights of several documents, by document (each named document present, maybe empty). */
    Map<UUID, List<Annotation>> annotationsOf(Set<UUID> documentIds);

    /** The document a saved highlight belongs to; empty when no highlight has that id. */
    Optional<UUID> documentOfAnnotation(UUID annotationId);
}
