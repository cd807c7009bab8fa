package org.lectern.review.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lectern.model.Change;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;

/**
 * Where each of a colleague's records (already re-pointed at my documents and tags) ends up: created if I do
 * not have its UUID; otherwise left alone — nothing of mine is overwritten — and listed as a conflict if their
 * copy differs from mine.
 */
final class Arrivals {
    /** What became of one offered record. */
    enum Outcome { ADDED, ALREADY_HERE, CONFLICT }

    private final Map<UUID, ProjectRecord> mine = new HashMap<>();
    private final RecordLabels labels;
    private final List<Change> changes = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();

    Arrivals(ProjectSnapshot mineProject, RecordLabels labels) {
        this.labels = labels;
        mineProject.documents().forEach(this::remember);
        mineProject.tags().forEach(this::remember);
        mineProject.annotations().forEach(this::remember);
        mineProject.actors().forEach(this::remember);
        mineProject.claims().forEach(this::remember);
        mineProject.evidence().forEach(this::remember);
        mineProject.links().forEach(this::remember);
    }

    private void remember(ProjectRecord record) {
        mine.put(record.id(), record);
    }

    boolean isMine(UUID id) {
        return mine.containsKey(id);
    }

    /** My record with this UUID; null if I have none. */
    ProjectRecord yours(UUID id) {
        return mine.get(id);
    }

    Outcome offer(ProjectRecord theirs) {
        ProjectRecord yours = mine.get(theirs.id());
        if (yours == null) {
            changes.add(Change.created(theirs));
            return Outcome.ADDED;
        }
        List<String> differing = Differences.between(yours, theirs);
        if (differing.isEmpty()) {
            return Outcome.ALREADY_HERE;
        }
        conflict(yours, theirs, "their copy has a different " + Words.list(differing));
        return Outcome.CONFLICT;
    }

    /** Lists a conflict over a record of mine, {@code why} being a clause such as "their copy has…". */
    void conflict(ProjectRecord yours, ProjectRecord theirs, String why) {
        conflicts.add(new Conflict(yours, theirs, labels.of(yours) + " — " + why + "; yours is kept"));
    }

    List<Change> changes() {
        return changes;
    }

    List<Conflict> conflicts() {
        return conflicts;
    }
}
