package org.lectern.review.merge;

import java.util.List;
import java.util.Objects;
import org.lectern.model.Change;
import org.lectern.model.ProjectRecord;

/**
 * What bringing in a colleague's work would do: the changes that add their work to my project (creations
 * only: nothing of mine is changed), and what needs the analyst's eye — annotations that cannot be placed,
 * records we both have but that differ, and actors that look like the same person.
 *
 * @param colleague whose work this is, as their records are stamped ("Ben", "Ben and Carol")
 * @param pairings  where each of their documents went
 */
public record MergePlan(String colleague, List<DocumentPairing> pairings, List<Change> changes,
                        List<Orphan> orphans, List<ActorProposal> actorProposals, List<Conflict> conflicts) {
    public MergePlan {
        Objects.requireNonNull(colleague, "colleague");
        pairings = List.copyOf(pairings);
        changes = List.copyOf(changes);
        orphans = List.copyOf(orphans);
        actorProposals = List.copyOf(actorProposals);
        conflicts = List.copyOf(conflicts);
    }

    /** How many records of {@code kind} the plan adds. */
    public int added(Class<? extends ProjectRecord> kind) {
        int count = 0;
        for (Change change : changes) {
            if (change.before() == null && kind.isInstance(change.after())) {
                count++;
            }
        }
        return count;
    }

    /** True when bringing the work in would change nothing (it is all here already, or there was none). */
    public boolean changesNothing() {
        return changes.isEmpty();
    }
}
