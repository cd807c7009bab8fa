package org.lectern.review.diff;

import java.util.Optional;
import org.lectern.model.Annotation;

/** One place where two analysts differ: the first analyst's annotation, the second's, or both. */
public record Difference(DifferenceKind kind, Annotation first, Annotation second) {
    public Difference {
        if (first == null && second == null) {
            throw new IllegalArgumentException("A difference has at least one side");
        }
    }

    public Optional<Annotation> firstSide() {
        return Optional.ofNullable(first);
    }

    public Optional<Annotation> secondSide() {
        return Optional.ofNullable(second);
    }

    /** Where the difference starts in the text, for ordering and for showing it. */
    public int start() {
        return first == null ? second.passage().start()
                : second == null ? first.passage().start() : Math.min(first.passage().start(), second.passage().start());
    }
}
