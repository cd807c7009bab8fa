package org.lectern.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.lectern.model.Annotation;

/**
 * Turns highlights into one {@link StyleSpans} by a sweep over their start and end points, so the article
 * is styled in one call. Where highlights overlap, the shortest paints the background and the others
 * underline it in their colours, so every one of them stays visible.
 */
public final class HighlightSpans {
    private HighlightSpans() {
    }

    /**
     * Styles {@code from..to} of a text; {@code annotations} must include every highlight overlapping that range
     * (others are ignored). {@code classesOf} names a highlight's background and underline classes. The range
     * must not be empty.
     */
    public static StyleSpans<Collection<String>> build(List<Annotation> annotations, int from, int to,
                                                       Function<Annotation, TagClasses> classesOf) {
        List<int[]> points = new ArrayList<>();
        List<Annotation> inRange = new ArrayList<>();
        for (Annotation annotation : annotations) {
            int start = Math.max(from, annotation.passage().start());
            int end = Math.min(to, annotation.passage().end());
            if (start < end) {
                int index = inRange.size();
                inRange.add(annotation);
                points.add(new int[] {start, index, 1});
                points.add(new int[] {end, index, -1});
            }
        }
        // Ends before starts at the same offset, so touching highlights do not count as overlapping.
        points.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[2], b[2]));

        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(points.size() + 1);
        List<Annotation> active = new ArrayList<>();
        int position = from;
        for (int[] point : points) {
            if (point[0] > position) {
                spans.add(classes(active, classesOf), point[0] - position);
                position = point[0];
            }
            Annotation annotation = inRange.get(point[1]);
            if (point[2] > 0) {
                active.add(annotation);
            } else {
                active.remove(annotation);
            }
        }
        if (to > position) {
            spans.add(Collections.emptyList(), to - position);
        }
        return spans.create();
    }

    private static Collection<String> classes(List<Annotation> active, Function<Annotation, TagClasses> classesOf) {
        if (active.isEmpty()) {
            return Collections.emptyList();
        }
        Annotation top = active.get(0);
        for (Annotation candidate : active) {
            if (candidate.passage().length() < top.passage().length()) {
                top = candidate;
            }
        }
        List<String> classes = new ArrayList<>(3);
        classes.add(classesOf.apply(top).background());
        for (Annotation other : active) {
            if (other != top) {
                String underline = classesOf.apply(other).underline();
                if (!classes.contains(underline)) {
                    classes.add(underline);
                }
            }
        }
        return classes;
    }

    /** The CSS classes of one tag: a translucent background, and an underline for overlaps. */
    public record TagClasses(String background, String underline) {
    }
}
