package org.lectern.model;

import java.util.Objects;
import java.util.UUID;

/** A highlighted passage of one document, tagged, with an optional note. */
public record Annotation(UUID id, UUID documentId, Passage passage, UUID tagId, String note, Stamp stamp)
        implements ProjectRecord {
    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(tagId, "tagId");
        note = note == null ? "" : note;
        Objects.requireNonNull(stamp, "stamp");
    }

    public Annotation withNote(String newNote) {
        return new Annotation(id, documentId, passage, tagId, newNote, stamp.touched());
    }

    public Annotation withPassage(Passage newPassage) {
        return new Annotation(id, documentId, newPassage, tagId, note, stamp.touched());
    }

    public Annotation withTag(UUID newTagId) {
        return new Annotation(id, documentId, passage, newTagId, note, stamp.touched());
    }
}
