package org.lectern.model;

import java.util.Optional;

/** The stamp a record carries, whatever its kind: every record but a tag says who made it and when. */
public final class Stamps {
    private Stamps() {
    }

    public static Optional<Stamp> of(ProjectRecord record) {
        Stamp stamp = null;
        if (record instanceof Document document) {
            stamp = document.stamp();
        } else if (record instanceof Annotation annotation) {
            stamp = annotation.stamp();
        } else if (record instanceof Actor actor) {
            stamp = actor.stamp();
        } else if (record instanceof Claim claim) {
            stamp = claim.stamp();
        } else if (record instanceof Evidence evidence) {
            stamp = evidence.stamp();
        } else if (record instanceof Link link) {
            stamp = link.stamp();
        } else if (record instanceof ReviewComment comment) {
            stamp = comment.stamp();
        } else if (record instanceof ReviewDecision decision) {
            stamp = decision.stamp();
        }
        return Optional.ofNullable(stamp);
    }

    /** The analyst a record names; tags name none. */
    public static Optional<String> authorOf(ProjectRecord record) {
        return of(record).map(Stamp::author);
    }
}
