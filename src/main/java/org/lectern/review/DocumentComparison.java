package org.lectern.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lectern.model.Annotation;
import org.lectern.text.CodePoints;

/**
 * Compares A's and B's annotations of one document: per tag, the Annotation Diff counts and the char
 * table; over all tags, which of A's passages match which of B's.
 */
final class DocumentComparison {
    private static final Comparator<Annotation> BY_POSITION = Comparator
            .comparingInt((Annotation annotation) -> annotation.passage().start())
            .thenComparingInt(annotation -> annotation.passage().end())
            .thenComparing(Annotation::id);

    /** The per-tag results of one document, and the tags (A's, B's) of each pair of matched passages. */
    record Result(Map<UUID, SpanCounts> spans, Map<UUID, CharacterCounts> characters,
                  List<UUID[]> matchedTags) {
    }

    private DocumentComparison() {
    }

    /** @param text the document's text: κ counts its code points, the passages count UTF-16 units */
    static Result compare(String text, List<Annotation> byA, List<Annotation> byB) {
        CodePoints codePoints = CodePoints.of(text);
        List<Annotation> a = sorted(byA);
        List<Annotation> b = sorted(byB);
        Map<UUID, List<Annotation>> aByTag = byTag(a);
        Map<UUID, List<Annotation>> bByTag = byTag(b);
        Map<UUID, SpanCounts> spans = new HashMap<>();
        Map<UUID, CharacterCounts> characters = new HashMap<>();
        for (UUID tag : union(aByTag, bByTag)) {
            List<Interval> keys = intervals(aByTag.getOrDefault(tag, List.of()));
            List<Interval> responses = intervals(bByTag.getOrDefault(tag, List.of()));
            spans.put(tag, SpanComparison.compare(keys, responses));
            characters.put(tag, CharacterCoverage.count(codePoints.codePointLength(), inCodePoints(keys, codePoints),
                    inCodePoints(responses, codePoints)));
        }
        return new Result(spans, characters, matchedTags(a, b));
    }

    /**
     * Pairs A's passages with B's one to one by overlap, whatever their tags, so that the tags of each
     * pair can be compared: the units of Krippendorff's α. Passages left unpaired are not units here —
     * with two coders a unit with one value is not pairable and α would ignore it anyway; they are
     * counted as missing or spurious by the Annotation Diff instead.
     */
    private static List<UUID[]> matchedTags(List<Annotation> a, List<Annotation> b) {
        List<Interval> keys = intervals(a);
        List<Interval> responses = intervals(b);
        List<Candidate> candidates = new ArrayList<>();
        OverlapJoin.forEachOverlap(keys, responses, (key, response, shared) -> candidates.add(new Candidate(
                key.owner(), response.owner(), shared,
                key.start() == response.start() && key.end() == response.end())));
        int[] partner = OneToOnePairing.pair(a.size(), b.size(), candidates);
        List<UUID[]> tags = new ArrayList<>();
        for (int key = 0; key < partner.length; key++) {
            if (partner[key] != OneToOnePairing.UNPAIRED) {
                tags.add(new UUID[] {a.get(key).tagId(), b.get(partner[key]).tagId()});
            }
        }
        return tags;
    }

    private static List<Annotation> sorted(List<Annotation> annotations) {
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(BY_POSITION);
        return sorted;
    }

    private static Map<UUID, List<Annotation>> byTag(List<Annotation> annotations) {
        Map<UUID, List<Annotation>> byTag = new HashMap<>();
        for (Annotation annotation : annotations) {
            byTag.computeIfAbsent(annotation.tagId(), tag -> new ArrayList<>()).add(annotation);
        }
        return byTag;
    }

    private static List<UUID> union(Map<UUID, ?> first, Map<UUID, ?> second) {
        List<UUID> tags = new ArrayList<>(first.keySet());
        for (UUID tag : second.keySet()) {
            if (!first.containsKey(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** The same stretches counted in code points (clamped to the text first), for the character table. */
    private static List<Interval> inCodePoints(List<Interval> intervals, CodePoints codePoints) {
        int length = codePoints.charLength();
        List<Interval> converted = new ArrayList<>(intervals.size());
        for (Interval interval : intervals) {
            int start = codePoints.toCodePointOffset(Math.min(interval.start(), length));
            int end = codePoints.toCodePointOffset(Math.min(interval.end(), length));
            converted.add(new Interval(start, Math.max(start, end), interval.owner()));
        }
        return converted;
    }

    /** Intervals whose owner is their index in the list, as {@link SpanComparison} expects. */
    private static List<Interval> intervals(List<Annotation> annotations) {
        List<Interval> intervals = new ArrayList<>(annotations.size());
        for (int i = 0; i < annotations.size(); i++) {
            Annotation annotation = annotations.get(i);
            intervals.add(new Interval(annotation.passage().start(), annotation.passage().end(), i));
        }
        return intervals;
    }
}
