package org.lectern.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every pair of a key interval and a response interval that share at least one char, by a sweep
 * over both lists sorted by start: O(n log n + pairs found), never the n × m of comparing all pairs.
 * An interval of no chars overlaps nothing.
 */
final class OverlapJoin {
    /** Receives one overlapping pair and the number of chars the two share. */
    @FunctionalInterface
    interface Sink {
        void overlap(Interval key, Interval response, int sharedChars);
    }

    private static final Comparator<Interval> BY_START = Comparator.comparingInt(Interval::start);

    private OverlapJoin() {
    }

    static void forEachOverlap(List<Interval> keys, List<Interval> responses, Sink sink) {
        List<Interval> sortedKeys = new ArrayList<>(keys);
        List<Interval> sortedResponses = new ArrayList<>(responses);
        sortedKeys.sort(BY_START);
        sortedResponses.sort(BY_START);
        List<Interval> openKeys = new ArrayList<>();
        List<Interval> openResponses = new ArrayList<>();
        int k = 0;
        int r = 0;
        while (k < sortedKeys.size() || r < sortedResponses.size()) {
            boolean keyNext = r >= sortedResponses.size()
                    || (k < sortedKeys.size() && sortedKeys.get(k).start() <= sortedResponses.get(r).start());
            if (keyNext) {
                Interval key = sortedKeys.get(k++);
                closeBefore(openResponses, key.start());
                for (Interval response : openResponses) {
                    report(key, response, sink);
                }
                openKeys.add(key);
            } else {
                Interval response = sortedResponses.get(r++);
                closeBefore(openKeys, response.start());
                for (Interval key : openKeys) {
                    report(key, response, sink);
                }
                openResponses.add(response);
            }
        }
    }

    /**
     * Drops the intervals that end at or before {@code position}: nothing that starts later can overlap
     * them. Every interval still open started no later than {@code position}, so it overlaps whatever
     * starts there.
     */
    private static void closeBefore(List<Interval> open, int position) {
        int kept = 0;
        for (Interval interval : open) {
            if (interval.end() > position) {
                open.set(kept++, interval);
            }
        }
        open.subList(kept, open.size()).clear();
    }

    private static void report(Interval key, Interval response, Sink sink) {
        int shared = Math.min(key.end(), response.end()) - Math.max(key.start(), response.start());
        if (shared > 0) {
            sink.overlap(key, response, shared);
        }
    }
}
