package org.lectern.review;

/**
 * The four counts of GATE's Annotation Diff for one annotation type, A's annotations being the key and
 * B's the response: correct (same start, end and tag), partially correct (overlapping, same tag, not
 * coextensive), missing (a key with no partner) and spurious (a response with no partner). Measures
 * follow GATE's "Performance Evaluation of Language Analysers" chapter: strict precision =
 * correct / (correct + partial + spurious), strict recall = correct / (correct + partial + missing);
 * lenient counts partial matches as correct; F1 is the harmonic mean of the two, which comes to
 * 2·correct / (keys + responses) (strict) and 2·(correct + partial) / (keys + responses) (lenient).
 * <p>Where a denominator is empty the measure is undefined, shown as such: precision when B marked nothing,
 * recall when A marked nothing, F1 when neither did. GATE's AnnotationDiffer returns 1 there; Lectern does not
 * show agreement that was never measured. F1 stays defined (0) when only one of them marked something.
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

    static final String NO_RESPONSES = "no highlights by B";
    static final String NO_KEYS = "no highlights by A";
    static final String NOTHING = "no highlights by either";

    public Figure strictPrecision() {
        return Figure.ratio(correct, responses(), NO_RESPONSES);
    }

    public Figure strictRecall() {
        return Figure.ratio(correct, keys(), NO_KEYS);
    }

    public Figure strictF1() {
        return Figure.ratio(2.0 * correct, keys() + responses(), NOTHING);
    }

    public Figure lenientPrecision() {
        return Figure.ratio(correct + partial, responses(), NO_RESPONSES);
    }

    public Figure lenientRecall() {
        return Figure.ratio(correct + partial, keys(), NO_KEYS);
    }

    public Figure lenientF1() {
        return Figure.ratio(2.0 * (correct + partial), keys() + responses(), NOTHING);
    }
}
