package org.lectern.review.merge;

import java.util.Objects;
import org.lectern.model.Actor;

/**
 * One of my actors and one of a colleague's that look like the same person or body (a name or alias in
 * common). Only proposed: the analyst decides whether to merge them.
 */
public record ActorProposal(Actor yours, Actor theirs) {
    public ActorProposal {
        Objects.requireNonNull(yours, "yours");
        Objects.requireNonNull(theirs, "theirs");
    }
}
