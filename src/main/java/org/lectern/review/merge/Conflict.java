package org.lectern.review.merge;

import java.util.Objects;
import org.lectern.model.ProjectRecord;

/**
 * A record I already have (same UUID) whose colleague's copy differs, for instance because they edited a
 * claim that came from me. Mine is kept; theirs waits for the review step. {@code theirs} is already
 * re-pointed at my documents and tags, so the two can be compared field by field.
 */
public record Conflict(ProjectRecord yours, ProjectRecord theirs, String reason) {
    public Conflict {
        Objects.requireNonNull(yours, "yours");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(reason, "reason");
    }
}
