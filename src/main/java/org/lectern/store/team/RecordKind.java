package org.lectern.store.team;

import java.util.Locale;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Tag;

/** The nine kinds of record a team server keeps, with the word in its {@code kind} column. */
public enum RecordKind {
    DOCUMENT(Document.class),
    TAG(Tag.class),
    ANNOTATION(Annotation.class),
    ACTOR(Actor.class),
    CLAIM(Claim.class),
    EVIDENCE(Evidence.class),
    LINK(Link.class),
    REVIEW_COMMENT(ReviewComment.class),
    REVIEW_DECISION(ReviewDecision.class);

    private final Class<? extends ProjectRecord> type;
    /** Asked for every record read from the server: worked out once. */
    private final String word;

    RecordKind(Class<? extends ProjectRecord> type) {
        this.type = type;
        this.word = name().toLowerCase(Locale.ROOT);
    }

    public Class<? extends ProjectRecord> type() {
        return type;
    }

    public String word() {
        return word;
    }

    public static RecordKind of(ProjectRecord record) {
        for (RecordKind kind : values()) {
            if (kind.type.isInstance(record)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a record a team server keeps: " + record.getClass());
    }

    public static RecordKind ofWord(String word) {
        for (RecordKind kind : values()) {
            if (kind.word().equals(word)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a kind of record Lectern knows: '" + word + "'");
    }
}
