package org.lectern.store;

import java.util.List;
import org.lectern.model.Change;

/**
 * What bringing in colleagues' records did: how many were applied, unchanged, in conflict or skipped, for the
 * status line; and every record the project file now holds otherwise than before ({@code changes}, each as it
 * was and as it is, cascades included), so that a project open in memory follows exactly what was written.
 */
public record ApplyOutcome(int applied, int unchanged, int conflicts, int skipped, List<Change> changes) {
    public ApplyOutcome {
        changes = List.copyOf(changes);
    }

    public ApplyOutcome(int applied, int unchanged, int conflicts, int skipped) {
        this(applied, unchanged, conflicts, skipped, List.of());
    }

    /** The counts alone. */
    public ApplyOutcome counts() {
        return new ApplyOutcome(applied, unchanged, conflicts, skipped);
    }
}
