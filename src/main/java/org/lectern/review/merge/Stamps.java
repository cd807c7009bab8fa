package org.lectern.review.merge;

import java.util.Optional;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Stamp;

/** The stamp a record carries, for the kinds that carry one (tags do not). */
final class Stamps {
    private Stamps() {
    }

    static Optional<Stamp> of(ProjectRecord record) {
        if (record instanceof Document document) {
            return Optional.of(document.stamp());
        } else if (record instanceof Annotation annotation) {
            return Optional.of(annotation.stamp());
        } else if (record instanceof Actor actor) {
            return Optional.of(actor.stamp());
        } else if (record instanceof Claim claim) {
            return Optional.of(claim.stamp());
        } else if (record instanceof Evidence evidence) {
            return Optional.of(evidence.stamp());
        } else if (record instanceof Link link) {
            return Optional.of(link.stamp());
        }
        return Optional.empty();
    }
}
