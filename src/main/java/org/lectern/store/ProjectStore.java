package org.lectern.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.ProjectSnapshot;

/**
 * Where a project's records live. Kept as an interface so that a shared team store (for example on
 * PostgreSQL) can stand in for the local file without touching anything above it.
 */
public interface ProjectStore extends SavedHighlights, AutoCloseable {

    /** The file (or address) the project lives in, for the title bar and status line. */
    Path location();

    /** The project format version of the open project. */
    int schemaVersion();

    /** Everything the project holds. */
    ProjectSnapshot load();

    /** Everything but the highlights, for opening a project of any size quickly (see {@link ProjectOutline}). */
    default ProjectOutline loadOutline() {
        ProjectSnapshot all = load();
        return new ProjectOutline(new ProjectSnapshot(all.documents(), all.tags(), List.of(), all.actors(),
                all.claims(), all.evidence(), all.links(), all.authors(), all.comments(), all.decisions()),
                all.annotations().size());
    }

    @Override
    default List<Annotation> annotationsOf(UUID documentId) {
        return load().annotations().stream().filter(a -> a.documentId().equals(documentId)).toList();
    }

    @Override
    default Map<UUID, List<Annotation>> annotationsOf(Set<UUID> documentIds) {
        Map<UUID, List<Annotation>> byDocument = new HashMap<>();
        documentIds.forEach(id -> byDocument.put(id, new ArrayList<>()));
        load().annotations().stream().filter(a -> documentIds.contains(a.documentId()))
                .forEach(a -> byDocument.get(a.documentId()).add(a));
        return byDocument;
    }

    @Override
    default Optional<UUID> documentOfAnnotation(UUID annotationId) {
        return load().annotations().stream().filter(a -> a.id().equals(annotationId))
                .map(Annotation::documentId).findFirst();
    }

    /** What the project notes for a team database it is linked to; empty where the store keeps no such notes. */
    default Optional<TeamLedger> teamLedger() {
        return Optional.empty();
    }

    /** Applies an edit's changes, in order, as one transaction: all are saved or none. */
    void write(List<Change> changes);

    /**
     * As {@link #write(List)}, for long work the analyst can cancel: when {@code cancelled} turns true before the
     * commit, nothing is written and a {@link java.util.concurrent.CancellationException} is thrown.
     */
    default void write(List<Change> changes, java.util.function.BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("cancelled before writing");
        }
        write(changes);
    }

    /**
     * Writes a complete, consistent copy of the project to a new file, while it stays open (never a file copy:
     * the latest edits may still sit in the journal beside the file).
     */
    void copyTo(Path target);

    @Override
    void close();
}
