package org.lectern.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Median, percentiles (nearest rank) and max of a list of durations in nanoseconds, printed in milliseconds. */
final class Stats {
    private final double[] sortedMs;

    Stats(List<Long> nanos) {
        sortedMs = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        if (sortedMs.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
    }

    int count() {
        return sortedMs.length;
    }

    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sortedMs.length);
        return sortedMs[Math.max(0, Math.min(sortedMs.length - 1, rank - 1))];
    }

    double median() {
        int n = sortedMs.length;
        return n % 2 == 1 ? sortedMs[n / 2] : (sortedMs[n / 2 - 1] + sortedMs[n / 2]) / 2;
    }

    double max() {
        return sortedMs[sortedMs.length - 1];
    }

    double mean() {
        return Arrays.stream(sortedMs).average().orElse(0);
    }

    String percentiles() {
        return String.format(Locale.ROOT, "p50 %7.2f  p95 %7.2f  p99 %7.2f  max %7.2f ms",
                percentile(50), percentile(95), percentile(99), max());
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    static String verdict(boolean pass) {
        return pass ? "PASS" : "MISS";
    }
}
