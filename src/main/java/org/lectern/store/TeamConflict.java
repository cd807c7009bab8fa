package org.lectern.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A version of a record that was not kept: the losing side of a record changed both here and by the team (the
 * later change is kept), or a colleague's record that could not be applied here ({@code detail} says why).
 * {@code json} is null when the losing version was a deletion. {@code author} is the name on the version, or,
 * for a tag or a deletion made here (which carry no name), the login the project is linked as.
 */
public record TeamConflict(String kind, UUID id, String json, String author, Instant modified, Side side,
                           Reason reason, String detail, Instant listed) {
    /** Where the version that was not kept came from. */
    public enum Side { LOCAL, TEAM }

    public enum Reason { CHANGED_ON_BOTH_SIDES, NOT_APPLICABLE }
}
