package org.lectern.review.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import org.lectern.model.Change;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ProjectSnapshot;

/**
 * Whose work a plan brings in, as it will read in "Bring in Ben's work": the authors of the records it adds,
 * most records first. When it adds nothing (it was all brought in before), the author of most of their
 * records other than the author of most of mine — their file may hold a copy of my own work, and I am not
 * my colleague.
 */
final class ColleagueName {
    static final String UNKNOWN = "your colleague";

    private ColleagueName() {
    }

    static String of(List<Change> changes, ProjectSnapshot mine, ProjectSnapshot theirs) {
        Map<String, Integer> adding = new HashMap<>();
        for (Change change : changes) {
            count(adding, change.after());
        }
        if (!adding.isEmpty()) {
            return Words.list(byCount(adding));
        }
        Optional<String> me = byCount(authorsOf(mine)).stream().findFirst();
        List<String> theirAuthors = new ArrayList<>(byCount(authorsOf(theirs)));
        if (theirAuthors.size() > 1) {
            me.ifPresent(theirAuthors::remove);
        }
        return theirAuthors.isEmpty() ? UNKNOWN : theirAuthors.get(0);
    }

    private static Map<String, Integer> authorsOf(ProjectSnapshot project) {
        Map<String, Integer> counts = new HashMap<>();
        List<List<? extends ProjectRecord>> kinds = List.of(project.documents(), project.annotations(),
                project.actors(), project.claims(), project.evidence(), project.links());
        for (List<? extends ProjectRecord> records : kinds) {
            records.forEach(record -> count(counts, record));
        }
        return counts;
    }

    private static void count(Map<String, Integer> counts, ProjectRecord record) {
        Stamps.of(record).ifPresent(stamp -> counts.merge(stamp.author(), 1, Integer::sum));
    }

    private static List<String> byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Entry<String, Integer> e) -> -e.getValue()).thenComparing(Entry::getKey))
                .map(Entry::getKey).toList();
    }
}
