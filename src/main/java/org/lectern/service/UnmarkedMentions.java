package org.lectern.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.text.Occurrences;
import org.lectern.text.TextRange;

/**
 * Where a document names an actor (by name or alias) at a passage not yet marked as a mention of that actor:
 * what Find mentions… proposes. A passage already marked is known and never proposed again.
 */
public final class UnmarkedMentions {
    private UnmarkedMentions() {
    }

    /** The ranges {start, end} to propose, in text order; none when the actor or document is gone. */
    public static List<int[]> in(ProjectState state, UUID actorId, UUID documentId) {
        Optional<Actor> actor = state.actor(actorId);
        Optional<Document> document = state.document(documentId);
        if (actor.isEmpty() || document.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(actor.get().aliases());
        names.add(0, actor.get().name());
        List<Annotation> known = actor.get().mentionIds().stream().map(state::annotation).flatMap(Optional::stream)
                .filter(a -> a.documentId().equals(documentId)).toList();
        List<int[]> fresh = new ArrayList<>();
        for (TextRange range : Occurrences.findAll(document.get().text(), names)) {
            boolean marked = known.stream().anyMatch(a -> a.passage().start() == range.start()
                    && a.passage().end() == range.end());
            if (!marked) {
                fresh.add(new int[] {range.start(), range.end()});
            }
        }
        return fresh;
    }
}
