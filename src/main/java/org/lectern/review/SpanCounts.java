package org.lectern.review;

/**
 * The four counts of GATE's Annotation Diff for one annotation type, A's annotations being the key and
 * B's the response: correct (same start, end and tag), partially correct (overlapping, same tag, not
 * coextensive), missing (a key with no partner) and spurious (a response with no partner). Measures
 * follow GATE's "Performance Evaluation of Language Analysers" chapter: strict precision =
 * correct / (correct + partial + spurious), strict recall = correct / (correct + partial + missing);
 * lenient counts partial matches as correct; F1 is the harmonic mean of the two. Precision over no
 * responses, and recall over no keys, is 1 as in GATE's AnnotationDiffer (nothing was got wrong).
 */
public record SpanCounts(long correct, long partial, long missing, long spurious) {
    public static final SpanCounts NONE = new SpanCounts(0, 0, 0, 0);

    public SpanCounts {
        if (correct < 0 || partial < 0 || missing < 0 || spurious < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    /** Sums counts: the micro-average GATE's Corpus QA reports over several documents. */
    public SpanCounts plus(SpanCounts other) {
        return new SpanCounts(correct + other.correct, partial + other.partial, missing + other.missing,
                spurious + other.spurious);
    }

    /** A's annotations: correct + partial + missing. */
    public long keys() {
        return correct + partial + missing;
    }

    /** B's annotations: correct + partial + spurious. */
    public long responses() {
        return correct + partial + spurious;
    }

    public double strictPrecision() {
        return ratio(correct, responses());
    }

    public double strictRecall() {
        return ratio(correct, keys());
    }

    public double strictF1() {
        return harmonicMean(strictPrecision(), strictRecall());
    }

    public double lenientPrecision() {
        return ratio(correct + partial, responses());
    }

    public double lenientRecall() {
        return ratio(correct + partial, keys());
    }

    public double lenientF1() {
        return harmonicMean(lenientPrecision(), lenientRecall());
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    private static double harmonicMean(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
