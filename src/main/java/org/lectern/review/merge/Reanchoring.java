package org.lectern.review.merge;

import java.util.Optional;
import org.lectern.model.Passage;
import org.lectern.text.Passages;

/**
 * Finds a colleague's passages again in my copy of an article whose text differs slightly from theirs.
 *
 * <p>Passages are placed in text order, and each is first looked for where the previous one's shift would
 * put it: an edit moves everything after it by the same amount, so most passages are found there, with their
 * whole context, at once. The others go through {@link Passages#reanchor}, which searches the whole text.
 * A short quote found with none of its context around it is not taken: "the" occurs everywhere.
 */
final class Reanchoring {
    /** A quote this long is specific enough to stand on its own, whatever surrounds it now. */
    private static final int SPECIFIC_QUOTE_LENGTH = 24;
    /** Chars of old context, either side together, that a short quote must keep to be placed. */
    private static final int CONTEXT_CHARS = 6;

    private final String text;
    private int shift;

    Reanchoring(String myText) {
        this.text = myText;
    }

    /** Their passage at its place in my text, or empty; call in order of their passages' starts. */
    Optional<Passage> place(Passage theirs) {
        Passage shifted = atShift(theirs);
        if (shifted != null) {
            return Optional.of(shifted);
        }
        Optional<Passage> found = Passages.reanchor(text, theirs).filter(p -> keepsContext(theirs, p));
        found.ifPresent(p -> shift = p.start() - theirs.start());
        return found;
    }

    /** Why a passage that {@link #place} could not place has no place: a clause for the analyst. */
    String whyNotPlaced(Passage theirs) {
        return !theirs.quote().isEmpty() && text.contains(theirs.quote())
                ? "those words are in your copy of the article, but not where they were"
                : "the passage is not in your copy of the article";
    }

    private Passage atShift(Passage theirs) {
        int at = theirs.start() + shift;
        if (at < 0 || at + theirs.length() > text.length() || !text.startsWith(theirs.quote(), at)) {
            return null;
        }
        Passage there = Passages.of(text, at, at + theirs.length());
        return there.prefix().equals(theirs.prefix()) && there.suffix().equals(theirs.suffix()) ? there : null;
    }

    /**
     * Whether a place found for a short quote is still surrounded by some of its old context: a few chars of
     * it either side, or the same edge of the text (a title at the very start keeps its empty prefix).
     */
    private static boolean keepsContext(Passage theirs, Passage found) {
        if (theirs.length() >= SPECIFIC_QUOTE_LENGTH) {
            return true;
        }
        boolean sameEdge = (theirs.prefix().isEmpty() && found.prefix().isEmpty())
                || (theirs.suffix().isEmpty() && found.suffix().isEmpty());
        return sameEdge || commonEnding(theirs.prefix(), found.prefix())
                + commonBeginning(theirs.suffix(), found.suffix()) >= CONTEXT_CHARS;
    }

    private static int commonEnding(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonBeginning(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
