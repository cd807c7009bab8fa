package org.lectern.io.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lectern.model.Annotation;

/**
 * Cuts a text into segments by one sweep over the highlights' start and end points (as the window's
 * HighlightSpans does), so a report costs O(n log n) in the number of highlights, not one pass per highlight.
 * Each segment knows every highlight covering it, the shortest first: that one paints the background, the
 * others underline it, so overlapping highlights all stay visible.
 */
final class HighlightSweep {
    private static final Comparator<Annotation> SHORTEST_FIRST =
            Comparator.comparingInt((Annotation a) -> a.passage().length())
                    .thenComparingInt(a -> a.passage().start());

    private HighlightSweep() {
    }

    /** A stretch {@code start..end} of the text and the highlights over it (empty for plain text). */
    record Segment(int start, int end, List<Annotation> covering) {
    }

    /**
     * Segments covering {@code 0..textLength} without gaps. Passages reaching past the text (a drifted
     * annotation) are clipped to it; empty ones are ignored.
     */
    static List<Segment> segments(List<Annotation> annotations, int textLength) {
        List<int[]> points = new ArrayList<>(annotations.size() * 2);
        for (int i = 0; i < annotations.size(); i++) {
            int start = Math.min(annotations.get(i).passage().start(), textLength);
            int end = Math.min(annotations.get(i).passage().end(), textLength);
            if (start < end) {
                points.add(new int[] {start, i, 1});
                points.add(new int[] {end, i, -1});
            }
        }
        // Ends before starts at the same offset, so touching highlights do not count as overlapping.
        points.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[2], b[2]));

        List<Segment> segments = new ArrayList<>(points.size() + 1);
        List<Annotation> active = new ArrayList<>();
        int position = 0;
        for (int[] point : points) {
            if (point[0] > position) {
                segments.add(new Segment(position, point[0], covering(active)));
                position = point[0];
            }
            Annotation annotation = annotations.get(point[1]);
            if (point[2] > 0) {
                active.add(annotation);
            } else {
                active.remove(annotation);
            }
        }
        if (textLength > position) {
            segments.add(new Segment(position, textLength, List.of()));
        }
        return segments;
    }

    private static List<Annotation> covering(List<Annotation> active) {
        if (active.isEmpty()) {
            return List.of();
        }
        if (active.size() == 1) {
            return List.of(active.get(0));
        }
        List<Annotation> sorted = new ArrayList<>(active);
        sorted.sort(SHORTEST_FIRST);
        return List.copyOf(sorted);
    }
}
