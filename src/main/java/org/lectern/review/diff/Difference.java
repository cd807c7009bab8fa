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

    /**
     * The annotation a reviewer decides on: a colleague's side — the second analyst's where both are colleagues,
     * as the second is the one being reviewed — never the reviewer's own. Empty when the only side is the
     * reviewer's: there is nothing of a colleague's to accept, amend or reject there.
     */
    public Optional<Annotation> colleaguesSide(String reviewer) {
        if (second != null && !second.stamp().author().equals(reviewer)) {
            return Optional.of(second);
        }
        if (first != null && !first.stamp().author().equals(reviewer)) {
            return Optional.of(first);
        }
        return Optional.empty();
    }

    /** The side by this analyst, if there is one. */
    public Optional<Annotation> sideOf(String analyst) {
        if (first != null && first.stamp().author().equals(analyst)) {
            return Optional.of(first);
        }
        return second != null && second.stamp().author().equals(analyst) ? Optional.of(second) : Optional.empty();
    }

    /** Where the difference starts in the text, for ordering and for showing it. */
    public int start() {
        return first == null ? second.passage().start()
                : second == null ? first.passage().start() : Math.min(first.passage().start(), second.passage().start());
    }
}
