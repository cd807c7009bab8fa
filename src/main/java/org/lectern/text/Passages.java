package org.lectern.text;

import java.util.Objects;
import java.util.Optional;

import org.lectern.model.Passage;

/**
 * Builds passages with their surrounding context, and finds a passage again when the text it was
 * anchored to has changed (the quote and its context outlive the offsets).
 */
public final class Passages {
    /** How many chars of context either side a passage remembers, at most. */
    public static final int CONTEXT_LENGTH = 32;

    private Passages() {
    }

    /**
     * The passage {@code start..end} of {@code text}, quoting it with up to {@link #CONTEXT_LENGTH}
     * chars of context either side. The context is shortened by one char rather than split a
     * surrogate pair, so prefix and suffix are always well-formed text.
     *
     * @throws IllegalArgumentException if the range is not inside the text
     */
    public static Passage of(String text, int start, int end) {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException(
                    "The passage " + start + ".." + end + " is not inside a text of " + text.length() + " chars");
        }
        int prefixStart = Math.max(0, start - CONTEXT_LENGTH);
        if (splitsSurrogatePair(text, prefixStart)) {
            prefixStart++;
        }
        int suffixEnd = Math.min(text.length(), end + CONTEXT_LENGTH);
        if (splitsSurrogatePair(text, suffixEnd)) {
            suffixEnd--;
        }
        return new Passage(start, end, text.substring(start, end),
                text.substring(prefixStart, start), text.substring(end, suffixEnd));
    }

    /**
     * Finds {@code old} again in a text that may have changed since the passage was made.
     *
     * <p>If the quote still stands at the old offsets with its old context, that place is
     * returned. Otherwise every occurrence of the quote (the old place included) is scored by how
     * many chars of the old prefix and suffix still surround it, and the best one wins, the one
     * nearest the old offset on ties. Checking the context even when the quote is still at its old
     * offsets matters for short quotes: after an insertion, a different "the" may now sit there.
     *
     * @return the passage at its new place, with fresh context (equal to {@code old} if nothing
     *         moved), or empty if the quote no longer occurs in the text at all
     */
    public static Optional<Passage> reanchor(String text, Passage old) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(old, "old");
        String quote = old.quote();
        if (quote.isEmpty()) {
            // An empty passage matches everywhere; all that can be kept is its offset.
            int at = Math.min(old.start(), text.length());
            return Optional.of(of(text, at, at));
        }
        if (standsAt(text, old, old.start()) && contextScore(text, old, old.start()) == maxScore(old)) {
            return Optional.of(of(text, old.start(), old.end()));
        }
        int best = -1;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            int score = contextScore(text, old, at);
            int distance = Math.abs(at - old.start());
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                best = at;
                bestScore = score;
                bestDistance = distance;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(of(text, best, best + quote.length()));
    }

    private static boolean standsAt(String text, Passage old, int at) {
        return at + old.length() <= text.length() && text.startsWith(old.quote(), at);
    }

    private static int maxScore(Passage old) {
        return old.prefix().length() + old.suffix().length();
    }

    /** How many chars of the old prefix end right before {@code at}, plus old suffix chars after the quote. */
    private static int contextScore(String text, Passage old, int at) {
        String prefix = old.prefix();
        int before = 0;
        while (before < prefix.length() && at - before - 1 >= 0
                && text.charAt(at - before - 1) == prefix.charAt(prefix.length() - before - 1)) {
            before++;
        }
        String suffix = old.suffix();
        int afterStart = at + old.length();
        int after = 0;
        while (after < suffix.length() && afterStart + after < text.length()
                && text.charAt(afterStart + after) == suffix.charAt(after)) {
            after++;
        }
        return before + after;
    }

    /** True if {@code index} falls between the two halves of a surrogate pair. */
    static boolean splitsSurrogatePair(String text, int index) {
        return index > 0 && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }
}
