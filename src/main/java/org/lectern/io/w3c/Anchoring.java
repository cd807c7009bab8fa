package org.lectern.io.w3c;

import java.util.List;
import org.lectern.io.w3c.IncomingAnnotation.IncomingTarget;
import org.lectern.io.w3c.IncomingAnnotation.TextPosition;
import org.lectern.io.w3c.IncomingAnnotation.TextQuote;
import org.lectern.model.Document;
import org.lectern.model.Passage;
import org.lectern.text.Passages;

/**
 * Places an incoming annotation in a project's documents.
 *
 * <p>The document is the one its source names (URL, or text-hash URN); failing that, the one whose text holds
 * its quote with the most matching context. Inside the document the TextPositionSelector is trusted when the
 * text there is the quote, which is the usual case and costs one comparison; otherwise the quote is searched for,
 * the position only breaking ties, so a file counted against a slightly different text still lands right.
 */
final class Anchoring {
    private final ProjectTexts texts;

    Anchoring(ProjectTexts texts) {
        this.texts = texts;
    }

    /** Where an annotation goes, or why it cannot go anywhere. */
    sealed interface Anchor permits Placed, Unplaced {
    }

    record Placed(Document document, Passage passage) implements Anchor {
    }

    record Unplaced(String reason) implements Anchor {
    }

    Anchor place(IncomingAnnotation annotation) {
        IncomingTarget firstWithSelector = null;
        for (IncomingTarget target : annotation.targets()) {
            if (!target.hasSelector()) {
                continue;
            }
            if (firstWithSelector == null) {
                firstWithSelector = target;
            }
            Candidate found = place(target);
            if (found != null) {
                return new Placed(found.text().document(),
                        Passages.of(found.text().text(), found.start(), found.end()));
            }
        }
        return new Unplaced(whyUnplaced(annotation, firstWithSelector));
    }

    private Candidate place(IncomingTarget target) {
        List<ProjectText> named = texts.withSource(target.source());
        Candidate best = bestAmong(named, target);
        if (best != null || target.quote() == null) {
            // A bare position means nothing in a document other than the one it was counted in.
            return best;
        }
        for (ProjectText text : texts.all()) {
            if (!named.contains(text)) {
                best = better(best, anchorIn(text, target));
            }
        }
        return best;
    }

    private Candidate bestAmong(List<ProjectText> candidates, IncomingTarget target) {
        Candidate best = null;
        for (ProjectText text : candidates) {
            best = better(best, anchorIn(text, target));
        }
        return best;
    }

    private static Candidate better(Candidate best, Candidate other) {
        if (other == null) {
            return best;
        }
        if (best == null || other.contextScore() > best.contextScore()
                || (other.contextScore() == best.contextScore() && other.atPosition() && !best.atPosition())) {
            return other;
        }
        return best;
    }

    private static Candidate anchorIn(ProjectText text, IncomingTarget target) {
        TextQuote quote = target.quote();
        TextPosition position = target.position();
        int hint = -1;
        if (position != null && position.end() <= text.codePoints().codePointLength()) {
            int start = text.codePoints().toCharOffset((int) position.start());
            int end = text.codePoints().toCharOffset((int) position.end());
            hint = start;
            if (quote == null) {
                return start < end ? new Candidate(text, start, end, 0, true) : null;
            }
            if (end - start == quote.exact().length() && start < end && text.text().startsWith(quote.exact(), start)) {
                int score = text.quotes().contextScore(start, end - start, quote.prefix(), quote.suffix());
                return new Candidate(text, start, end, score, true);
            }
        }
        if (quote == null) {
            return null;
        }
        QuoteSearch.Occurrence found = text.quotes().best(quote.exact(), quote.prefix(), quote.suffix(), hint);
        return found == null ? null : new Candidate(text, found.start(), found.end(), found.contextScore(), false);
    }

    private String whyUnplaced(IncomingAnnotation annotation, IncomingTarget target) {
        if (target == null) {
            return "annotation " + annotation.label() + " — it has no TextQuoteSelector or TextPositionSelector"
                    + " to place it by";
        }
        if (target.quote() != null && !target.quote().exact().isEmpty()) {
            return Quotes.quoted(target.quote().exact()) + " — no document in this project contains it";
        }
        TextPosition position = target.position();
        if (position == null || position.start() == position.end()) {
            return "annotation " + annotation.label() + " — it selects no text";
        }
        String where = "annotation " + annotation.label() + " (code points " + position.start() + "–"
                + position.end() + ")";
        List<ProjectText> named = texts.withSource(target.source());
        if (named.isEmpty()) {
            return where + " — no document in this project is its source"
                    + (target.source() == null ? "" : ", " + target.source());
        }
        return where + " — it runs past the end of “" + named.get(0).document().title() + "”";
    }

    /** A place for the annotation in one document, and how well the quote's context agrees there. */
    private record Candidate(ProjectText text, int start, int end, int contextScore, boolean atPosition) {
    }
}
