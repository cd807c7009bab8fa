package org.lectern.review.merge;

import java.util.Objects;
import org.lectern.model.Annotation;

/**
 * A colleague's annotation that cannot be placed in my project (its passage is not in my copy of the
 * article). It is listed, never silently dropped; {@code reason} is a sentence for the analyst.
 */
public record Orphan(Annotation annotation, String reason) {
    public Orphan {
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(reason, "reason");
    }
}
