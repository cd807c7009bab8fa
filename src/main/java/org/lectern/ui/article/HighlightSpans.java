package org.lectern.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.lectern.model.Annotation;

/**
 * Turns highlights into one {@link StyleSpans} by a sweep over their start and end points, so the article
 * is styled in one call. Where highlights overlap, the shortest paints the background and every other one
 * underlines it in its colour, each in an underline lane of its own ({@link UnderlineLanes}), so that three,
 * four or five overlapping highlights all stay visible.
 *
 * <p>A run of text has only one RichTextFX underline, so the lowest lane of a run is drawn by RichTextFX
 * (its tag's underline class, moved down by a {@link #laneClass lane class}) and the others are named by
 * {@link #markClass mark classes} that {@link LaneMarks} draws beside the text.
 */
public final class HighlightSpans {
    /** Underline lanes below the text; a highlight whose lane is deeper shares the last one. */
    public static final int LANES = 4;
    static final String MARK_PREFIX = "lane-mark-";

    private HighlightSpans() {
    }

    /**
     * Styles {@code from..to} of a text; {@code annotations} must include every highlight overlapping that range
     * and every highlight overlapping those, and so on (so that lanes are the same as for the whole document);
     * others are ignored. {@code classesOf} names a highlight's background and underline classes. The range must
     * not be empty.
     */
    public static StyleSpans<Collection<String>> build(List<Annotation> annotations, int from, int to,
                                                       Function<Annotation, TagClasses> classesOf) {
        Map<Annotation, Integer> lanes = UnderlineLanes.assign(annotations);
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
                spans.add(classes(active, lanes, classesOf), point[0] - position);
                position = point[0];
            }
            Annotation annotation = inRange.get(point[1]);
            if (point[2] > 0) {
                active.add(annotation);
            } else {
                removeSame(active, annotation);
            }
        }
        if (to > position) {
            spans.add(Collections.emptyList(), to - position);
        }
        return spans.create();
    }

    /** The class that moves a RichTextFX underline down into {@code lane} (lane 0 needs none). */
    public static String laneClass(int lane) {
        return "lane-" + lane;
    }

    /** The class asking {@link LaneMarks} for a line in {@code lane}, coloured by {@code underlineClass}. */
    public static String markClass(int lane, String underlineClass) {
        return MARK_PREFIX + lane + "-" + underlineClass;
    }

    /**
     * Removes that very highlight: by identity, for a record's equals compares every field, and a long article's
     * spans remove each of its thousands of highlights once.
     */
    private static void removeSame(List<Annotation> active, Annotation annotation) {
        for (int i = active.size() - 1; i >= 0; i--) {
            if (active.get(i) == annotation) {
                active.remove(i);
                return;
            }
        }
    }

    private static Collection<String> classes(List<Annotation> active, Map<Annotation, Integer> lanes,
                                              Function<Annotation, TagClasses> classesOf) {
        if (active.isEmpty()) {
            return Collections.emptyList();
        }
        Annotation top = active.get(0);
        for (Annotation candidate : active) {
            if (candidate.passage().length() < top.passage().length()) {
                top = candidate;
            }
        }
        List<String> classes = new ArrayList<>(active.size() + 1);
        classes.add(classesOf.apply(top).background());
        if (active.size() == 1) {
            return classes;
        }
        List<Annotation> underlined = new ArrayList<>(active);
        removeSame(underlined, top);
        underlined.sort(Comparator.comparingInt(lanes::get));
        boolean first = true;
        for (Annotation other : underlined) {
            int lane = Math.min(LANES - 1, lanes.get(other));
            String underline = classesOf.apply(other).underline();
            if (first) {
                classes.add(underline);
                if (lane > 0) {
                    classes.add(laneClass(lane));
                }
                first = false;
            } else {
                String mark = markClass(lane, underline);
                if (!classes.contains(mark)) {
                    classes.add(mark);
                }
            }
        }
        return classes;
    }

    /** The CSS classes of one tag: a translucent background, and an underline for overlaps. */
    public record TagClasses(String background, String underline) {
    }

    /**
     * Gives every highlight an underline lane that no highlight overlapping it has, and keeps it along its whole
     * length, so a line that starts in one lane ends in the same. Within a group of highlights that overlap one
     * another (directly or through others), longer ones take the upper lanes: the shortest usually paints the
     * background, so the lanes actually drawn stay close under the text.
     */
    static final class UnderlineLanes {
        /** Above this many highlights in one group, lanes go by start (linear) rather than by length (quadratic). */
        private static final int BY_LENGTH_LIMIT = 64;

        private UnderlineLanes() {
        }

        static Map<Annotation, Integer> assign(List<Annotation> annotations) {
            Map<Annotation, Integer> lanes = new IdentityHashMap<>(annotations.size() * 2);
            List<Annotation> byStart = new ArrayList<>(annotations);
            byStart.sort(Comparator.comparingInt((Annotation a) -> a.passage().start())
                    .thenComparing(a -> -a.passage().end()));
            int groupStart = 0;
            int groupEnd = Integer.MIN_VALUE;
            for (int i = 0; i < byStart.size(); i++) {
                Annotation a = byStart.get(i);
                if (i > groupStart && a.passage().start() >= groupEnd) {
                    assignGroup(byStart.subList(groupStart, i), lanes);
                    groupStart = i;
                    groupEnd = a.passage().end();
                } else {
                    groupEnd = Math.max(groupEnd, a.passage().end());
                }
            }
            if (groupStart < byStart.size()) {
                assignGroup(byStart.subList(groupStart, byStart.size()), lanes);
            }
            return lanes;
        }

        private static void assignGroup(List<Annotation> group, Map<Annotation, Integer> lanes) {
            if (group.size() == 1) {
                lanes.put(group.get(0), 0);
                return;
            }
            List<Annotation> order = new ArrayList<>(group);
            if (group.size() <= BY_LENGTH_LIMIT) {
                order.sort(Comparator.comparingInt((Annotation a) -> -a.passage().length())
                        .thenComparingInt(a -> a.passage().start()));
            }
            List<Annotation> placed = new ArrayList<>(group.size());
            for (Annotation a : order) {
                long taken = 0;
                for (Annotation other : placed) {
                    if (other.passage().start() < a.passage().end() && a.passage().start() < other.passage().end()) {
                        int lane = lanes.get(other);
                        if (lane < 64) {
                            taken |= 1L << lane;
                        }
                    }
                }
                lanes.put(a, Long.numberOfTrailingZeros(~taken));
                placed.add(a);
                if (group.size() > BY_LENGTH_LIMIT) {
                    // In start order, only highlights still open at this start can overlap later ones.
                    placed.removeIf(p -> p.passage().end() <= a.passage().start());
                }
            }
        }
    }
}
