package org.lectern.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.lectern.model.Annotation;

/**
 * One document's annotations, indexed by where they start, so that "which highlights touch this stretch"
 * looks at the few nearby instead of all ten thousand: the article asks it on every key press.
 */
final class DocumentAnnotations {
    private final Map<UUID, Annotation> byId = new HashMap<>();
    private final TreeMap<Integer, Map<UUID, Annotation>> byStart = new TreeMap<>();
    /** The longest passage ever held: an overlap can start at most this far before the stretch asked about. */
    private int longest;
    /**
     * The annotations in reading order, kept until they change: opening a project reads the first document's on a
     * worker, and the window, asking again in the frame that shows it, then gets them without a walk over tens of
     * thousands.
     */
    private List<Annotation> ordered;
    /** The reading order: by start first, then the order of those that start at the same place. */
    private final java.util.Comparator<Annotation> readingOrder;

    DocumentAnnotations(java.util.Comparator<Annotation> readingOrder) {
        this.readingOrder = readingOrder;
    }

    void put(Annotation annotation) {
        remove(annotation.id());
        ordered = null;
        byId.put(annotation.id(), annotation);
        byStart.computeIfAbsent(annotation.passage().start(), k -> new LinkedHashMap<>())
                .put(annotation.id(), annotation);
        longest = Math.max(longest, annotation.passage().length());
    }

    void remove(UUID id) {
        Annotation old = byId.remove(id);
        if (old != null) {
            ordered = null;
            Map<UUID, Annotation> starting = byStart.get(old.passage().start());
            starting.remove(id);
            if (starting.isEmpty()) {
                byStart.remove(old.passage().start());
            }
        }
    }

    Annotation get(UUID id) {
        return byId.get(id);
    }

    Collection<Annotation> all() {
        return byId.values();
    }

    /**
     * Every annotation in reading order, unmodifiable: walked by start, so only annotations that start at the same
     * place are sorted among themselves. Sorting ten thousand afresh each time a document is opened held up the
     * window for tens of milliseconds.
     */
    List<Annotation> inOrder() {
        if (ordered == null) {
            List<Annotation> walked = new ArrayList<>(byId.size());
            for (Map<UUID, Annotation> starting : byStart.values()) {
                if (starting.size() == 1) {
                    walked.addAll(starting.values());
                } else {
                    List<Annotation> tied = new ArrayList<>(starting.values());
                    tied.sort(readingOrder);
                    walked.addAll(tied);
                }
            }
            ordered = java.util.Collections.unmodifiableList(walked);
        }
        return ordered;
    }

    List<Annotation> overlapping(int from, int to) {
        List<Annotation> overlapping = new ArrayList<>();
        if (to <= from) {
            return overlapping;
        }
        NavigableMap<Integer, Map<UUID, Annotation>> candidates =
                byStart.subMap(Math.max(0, from - longest), true, to, false);
        for (Map<UUID, Annotation> starting : candidates.values()) {
            for (Annotation annotation : starting.values()) {
                if (annotation.passage().overlaps(from, to)) {
                    overlapping.add(annotation);
                }
            }
        }
        return overlapping;
    }
}
