package org.lectern.review.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.Passage;
import org.lectern.text.TextNormalizer;

/**
 * Finds my copy of each of a colleague's documents: the one with the same text (by hash); else the one with the
 * same words and other spacing (one of us kept the article as it came, the other's older Lectern tidied it);
 * else, for an article that differs slightly, the one in which most of their quotes still stand with their
 * context; else none, and theirs is added.
 */
final class DocumentPairer {
    /** Enough of their quotes to tell which of my documents is their article, without reading them all. */
    private static final int SAMPLE_SIZE = 24;
    /** Context either side of a quote that must still surround it for the quote to count as found. */
    private static final int CONTEXT_CHARS = 8;

    private final List<Document> mine;
    private final Map<UUID, Document> mineById = new HashMap<>();
    /** Only documents of the same length can hold the same text, so only those are ever hashed. */
    private final Map<Integer, List<Document>> mineByLength = new HashMap<>();
    private final Map<UUID, String> hashes = new HashMap<>();
    /** My documents by the hash of their tidied text; built when first needed. */
    private Map<String, Document> mineByTidiedHash;

    DocumentPairer(List<Document> mine) {
        this.mine = mine;
        for (Document document : mine) {
            mineById.put(document.id(), document);
            mineByLength.computeIfAbsent(document.text().length(), k -> new ArrayList<>()).add(document);
        }
    }

    /** Pairs {@code theirs}, whose annotations are {@code theirAnnotations} (any order). */
    DocumentPairing pair(Document theirs, List<Annotation> theirAnnotations) {
        Document sameText = sameText(theirs);
        if (sameText != null) {
            return new DocumentPairing(theirs, sameText, DocumentPairing.Match.SAME_TEXT);
        }
        // A UUID I already hold cannot be added again: my document of that id is their article's place.
        Document sameId = mineById.get(theirs.id());
        if (sameId != null) {
            return new DocumentPairing(theirs, sameId, DocumentPairing.Match.REANCHORED);
        }
        Document sameWords = withSameWords(theirs);
        if (sameWords != null) {
            return new DocumentPairing(theirs, sameWords, DocumentPairing.Match.REANCHORED);
        }
        Document similar = mostQuotesFoundIn(theirAnnotations);
        return similar == null ? DocumentPairing.added(theirs)
                : new DocumentPairing(theirs, similar, DocumentPairing.Match.REANCHORED);
    }

    /** My document with the same text, the one with the same UUID if several. */
    private Document sameText(Document theirs) {
        List<Document> sameLength = mineByLength.getOrDefault(theirs.text().length(), List.of());
        if (sameLength.isEmpty()) {
            return null;
        }
        String theirHash = TextHash.of(theirs.text());
        Document found = null;
        for (Document candidate : sameLength) {
            if (hashOf(candidate).equals(theirHash) && (found == null || candidate.id().equals(theirs.id()))) {
                found = candidate;
            }
        }
        return found;
    }

    private Document withSameWords(Document theirs) {
        if (mineByTidiedHash == null) {
            mineByTidiedHash = new HashMap<>();
            for (Document document : mine) {
                mineByTidiedHash.putIfAbsent(TextHash.of(TextNormalizer.tidy(document.text())), document);
            }
        }
        return mineByTidiedHash.get(TextHash.of(TextNormalizer.tidy(theirs.text())));
    }

    private String hashOf(Document mineDocument) {
        return hashes.computeIfAbsent(mineDocument.id(), id -> TextHash.of(mineDocument.text()));
    }

    /** My document holding most of a sample of their quotes, if it holds at least half of them; else null. */
    private Document mostQuotesFoundIn(List<Annotation> theirAnnotations) {
        List<Passage> sample = sample(theirAnnotations);
        if (sample.isEmpty()) {
            return null;
        }
        Document best = null;
        int bestFound = 0;
        for (Document candidate : mine) {
            int found = 0;
            for (Passage passage : sample) {
                if (standsWithContext(candidate.text(), passage)) {
                    found++;
                }
            }
            if (found > bestFound) {
                best = candidate;
                bestFound = found;
            }
        }
        return bestFound * 2 >= sample.size() ? best : null;
    }

    /** Evenly spread over the article, so that an edit near its start does not decide for all of it. */
    private static List<Passage> sample(List<Annotation> annotations) {
        List<Passage> quoted = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (!annotation.passage().quote().isBlank()) {
                quoted.add(annotation.passage());
            }
        }
        if (quoted.size() <= SAMPLE_SIZE) {
            return quoted;
        }
        List<Passage> sample = new ArrayList<>(SAMPLE_SIZE);
        for (int i = 0; i < SAMPLE_SIZE; i++) {
            sample.add(quoted.get((int) ((long) i * quoted.size() / SAMPLE_SIZE)));
        }
        return sample;
    }

    /** The quote stands in the text with a little of its old context on at least one side. */
    static boolean standsWithContext(String text, Passage passage) {
        String before = passage.prefix().substring(Math.max(0, passage.prefix().length() - CONTEXT_CHARS));
        String after = passage.suffix().substring(0, Math.min(CONTEXT_CHARS, passage.suffix().length()));
        return text.contains(before + passage.quote()) || text.contains(passage.quote() + after);
    }
}
