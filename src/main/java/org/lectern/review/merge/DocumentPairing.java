package org.lectern.review.merge;

import java.util.Objects;
import java.util.Optional;
import org.lectern.model.Document;

/** Which of my documents a colleague's document was matched to, and how; none when theirs is added. */
public record DocumentPairing(Document theirs, Document yoursOrNull, Match match) {

    /** How a colleague's document found its place in my project. */
    public enum Match {
        /** I have the same normalised text: their passages keep their offsets. */
        SAME_TEXT,
        /**
         * My copy differs slightly (a corrected typo, say): their passages are found again by quote and context;
         * or only in spacing (one of the copies was tidied by an older Lectern): they map onto the same words.
         */
        REANCHORED,
        /** I do not have the article: theirs is added as a new document, its annotations unchanged. */
        ADDED
    }

    public DocumentPairing {
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(match, "match");
        if ((match == Match.ADDED) != (yoursOrNull == null)) {
            throw new IllegalArgumentException("Only an added document has no counterpart of mine");
        }
    }

    static DocumentPairing added(Document theirs) {
        return new DocumentPairing(theirs, null, Match.ADDED);
    }

    public Optional<Document> yours() {
        return Optional.ofNullable(yoursOrNull);
    }

    /** The document their records point at once in my project. */
    public Document target() {
        return yoursOrNull == null ? theirs : yoursOrNull;
    }

    /** One line for the analyst, e.g. "“Border report” is new to your project". */
    public String describe() {
        String title = Quotes.titled(theirs.title());
        return switch (match) {
            case SAME_TEXT -> title + " is the same article as your " + Quotes.titled(yoursOrNull.title());
            case REANCHORED -> title + " differs slightly from your " + Quotes.titled(yoursOrNull.title())
                    + ": its passages were found again by their words";
            case ADDED -> title + " is new to your project and is added";
        };
    }
}
