package org.lectern.review;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The corpus's counts kept as running sums of its compared documents: a document compared again takes its old
 * counts out and puts its new ones in, so that pooling after an edit touches that document alone rather than
 * adding up every document of the project again. All counts are whole numbers, so taking out is exact; a tag stays
 * in the sums while at least one document that counts uses it, as it would if they were added up afresh.
 */
final class CorpusSums {
    private long comparedChars;
    private final Map<UUID, SpanCounts> spans = new HashMap<>();
    private final Map<UUID, CharacterCounts> characters = new HashMap<>();
    /**
     * Per tag, the length of the documents whose comparison has it: a document without it agrees, uncoded. A tag
     * leaves the sums when this falls to 0 (a document that has a tag has text).
     */
    private final Map<UUID, Long> charsOfDocumentsUsingTag = new HashMap<>();
    private final MatchedTagPairs pairs = MatchedTagPairs.none();

    void add(long length, DocumentComparison.Result result, MatchedTagPairs documentPairs) {
        comparedChars += length;
        result.spans().forEach((tag, counts) -> {
            spans.merge(tag, counts, SpanCounts::plus);
            charsOfDocumentsUsingTag.merge(tag, length, Long::sum);
        });
        result.characters().forEach((tag, counts) -> characters.merge(tag, counts, CharacterCounts::plus));
        pairs.add(documentPairs);
    }

    void remove(long length, DocumentComparison.Result result, MatchedTagPairs documentPairs) {
        comparedChars -= length;
        result.spans().forEach((tag, counts) -> {
            spans.put(tag, minus(spans.get(tag), counts));
            charsOfDocumentsUsingTag.merge(tag, -length, Long::sum);
        });
        result.characters().forEach((tag, counts) -> characters.put(tag, minus(characters.get(tag), counts)));
        result.spans().keySet().forEach(tag -> {
            if (charsOfDocumentsUsingTag.get(tag) == 0) {
                spans.remove(tag);
                characters.remove(tag);
                charsOfDocumentsUsingTag.remove(tag);
            }
        });
        pairs.subtract(documentPairs);
    }

    void clear() {
        comparedChars = 0;
        spans.clear();
        characters.clear();
        charsOfDocumentsUsingTag.clear();
        pairs.clear();
    }

    Map<UUID, SpanCounts> spans() {
        return new HashMap<>(spans);
    }

    /** Each tag's character table over the whole corpus, the documents that do not use it counted as agreeing. */
    Map<UUID, CharacterCounts> characters() {
        Map<UUID, CharacterCounts> pooled = new HashMap<>();
        characters.forEach((tag, counts) -> {
            long untouched = comparedChars - charsOfDocumentsUsingTag.getOrDefault(tag, 0L);
            pooled.put(tag, counts.plus(new CharacterCounts(0, 0, 0, untouched)));
        });
        return pooled;
    }

    MatchedTagPairs pairs() {
        return pairs;
    }

    private static SpanCounts minus(SpanCounts from, SpanCounts taken) {
        return new SpanCounts(from.correct() - taken.correct(), from.partial() - taken.partial(),
                from.missing() - taken.missing(), from.spurious() - taken.spurious());
    }

    private static CharacterCounts minus(CharacterCounts from, CharacterCounts taken) {
        return new CharacterCounts(from.both() - taken.both(), from.onlyA() - taken.onlyA(),
                from.onlyB() - taken.onlyB(), from.neither() - taken.neither());
    }
}
