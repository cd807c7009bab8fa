package org.lectern.review;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.lectern.model.Annotation;
import org.lectern.model.ReviewDecision;

/**
 * The annotations a reviewer's decisions put into the adjudicated layer. Accept and Amend copy a colleague's
 * annotation into the reviewer's name; the copy is the result of the review, not a reading of the reviewer's
 * own, so it never counts as one: not in the differences of the Review tab, not in any agreement figure and
 * not as an analyst's work to compare. Reject makes no copy.
 */
public final class AdjudicatedCopies {
    private final Set<UUID> ids;

    private AdjudicatedCopies(Set<UUID> ids) {
        this.ids = ids;
    }

    /** The copies made by these decisions. */
    public static AdjudicatedCopies of(Collection<ReviewDecision> decisions) {
        Set<UUID> ids = new HashSet<>();
        for (ReviewDecision decision : decisions) {
            decision.result().ifPresent(ids::add);
        }
        return new AdjudicatedCopies(ids);
    }

    /** The ids of the copies. */
    public Set<UUID> ids() {
        return Set.copyOf(ids);
    }

    public boolean contains(Annotation annotation) {
        return ids.contains(annotation.id());
    }

    /** The annotations that are someone's own reading, in their order. */
    public List<Annotation> readings(Collection<Annotation> annotations) {
        return annotations.stream().filter(annotation -> !contains(annotation)).toList();
    }
}
