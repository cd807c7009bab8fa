package org.lectern.io.w3c;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
 * the position only breaking ties, so a file counted against a slightly different text still lands right. A quote
 * taken from a copy of the article with other spacing (tidied by an older Lectern, or kept as it came) is found by
 * its words ({@link TidiedQuoteSearch}). A quote that stands in several places equally well, with no context or
 * position to tell them apart, is not placed at the first of them but listed as ambiguous.
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
        Candidate ambiguous = null;
        for (IncomingTarget target : annotation.targets()) {
            if (!target.hasSelector()) {
                continue;
            }
            if (firstWithSelector == null) {
                firstWithSelector = target;
            }
            Candidate found = place(target);
            if (found != null && found.ambiguous()) {
                ambiguous = ambiguous == null ? found : ambiguous;
            } else if (found != null) {
                return new Placed(found.text().document(),
                        Passages.of(found.text().text(), found.start(), found.end()));
            }
        }
        if (ambiguous != null) {
            return new Unplaced(whyAmbiguous(ambiguous));
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

    /**
     * The better placed of two: more matching context, then confirmed by the position, then found with the
     * spacing the file quotes (a project holding the article both kept and tidied takes the quote in the copy it
     * was made on). Two that nothing tells apart (the same quote in two documents, with context that fits both as
     * well) make the choice ambiguous: placing it at the first would be a guess the analyst never sees.
     */
    private static Candidate better(Candidate best, Candidate other) {
        if (other == null) {
            return best;
        }
        if (best == null || other.contextScore() > best.contextScore()
                || (other.contextScore() == best.contextScore() && other.atPosition() && !best.atPosition())) {
            return other;
        }
        if (other.contextScore() == best.contextScore() && other.atPosition() == best.atPosition()
                && !other.atPosition()) {
            if (other.byWords() != best.byWords()) {
                return other.byWords() ? best : other;
            }
            return best.alsoIn(other);
        }
        return best;
    }

    private static Candidate anchorIn(ProjectText text, IncomingTarget target) {
        TextQuote quote = target.quote();
        TextPosition position = target.position();
        int hint = -1;
        Candidate atPosition = null;
        if (position != null && position.end() <= text.codePoints().codePointLength()) {
            int start = text.codePoints().toCharOffset((int) position.start());
            int end = text.codePoints().toCharOffset((int) position.end());
            hint = start;
            if (quote == null) {
                return start < end ? Candidate.at(text, start, end, 0, true) : null;
            }
            if (end - start == quote.exact().length() && start < end && text.text().startsWith(quote.exact(), start)) {
                int score = text.quotes().contextScore(start, end - start, quote.prefix(), quote.suffix());
                atPosition = Candidate.at(text, start, end, score, true);
                if (score == contextLength(quote)) {
                    return atPosition;
                }
            }
        }
        if (quote == null) {
            return null;
        }
        Found found = search(text, quote, hint);
        if (atPosition != null && (found == null || found.place().ambiguous()
                || found.share() <= share(atPosition.contextScore(), contextLength(quote)))) {
            // A position counted on a copy with other spacing can meet the same short quote by chance; only a
            // place whose context matches better, and that is the only such place, says so.
            return atPosition;
        }
        return found == null ? null : new Candidate(text, found.place().start(), found.place().end(),
                found.place().contextScore(), false, found.byWords(),
                List.of(new Tie(text, found.place().equallyGood())));
    }

    /**
     * An occurrence of a quote, what share of the quote's context matches there (1 if it has none), and whether
     * it was found by its words, with the spacing tidied.
     */
    private record Found(QuoteSearch.Occurrence place, double share, boolean byWords) {
    }

    /**
     * The quote found with its context as it stands, or found by its words if that fits better: when the file
     * was written on a copy of the article with other spacing (an older Lectern's tidied copy, or the page as it
     * came), a quote or its context that crosses a run of blank lines or spaces at a line's end is found only
     * with that spacing tidied. Better means unambiguous where the other is not, else more of the context
     * matching (as a share of it, the tidied context being shorter); a tie keeps the quote as it stands.
     */
    private static Found search(ProjectText text, TextQuote quote, int hint) {
        QuoteSearch.Occurrence place = text.quotes().best(quote.exact(), quote.prefix(), quote.suffix(), hint);
        Found asItStands = place == null ? null : new Found(place, share(place.contextScore(), contextLength(quote)), false);
        if (asItStands != null && !place.ambiguous() && asItStands.share() == 1) {
            return asItStands;
        }
        TidiedQuoteSearch.Tidied tidied = TidiedQuoteSearch.Tidied.of(quote);
        TidiedQuoteSearch byWords = text.byWords().orElse(null);
        if (byWords == null || (!tidied.changed() && byWords.documentIsTidy())) {
            return asItStands;
        }
        QuoteSearch.Occurrence wordsPlace = byWords.best(tidied, hint);
        if (wordsPlace == null) {
            return asItStands;
        }
        Found byItsWords = new Found(wordsPlace, share(wordsPlace.contextScore(), tidied.contextLength()), true);
        if (asItStands == null || place.ambiguous() != wordsPlace.ambiguous()) {
            return asItStands == null || place.ambiguous() ? byItsWords : asItStands;
        }
        return byItsWords.share() > asItStands.share() ? byItsWords : asItStands;
    }

    private static int contextLength(TextQuote quote) {
        return quote.prefix().length() + quote.suffix().length();
    }

    private static double share(int matched, int of) {
        return of == 0 ? 1 : (double) matched / of;
    }

    private static String whyAmbiguous(Candidate found) {
        String where;
        if (found.ties().size() == 1) {
            where = "it occurs " + found.ties().get(0).places() + " times in “"
                    + found.ties().get(0).text().document().title() + "”";
        } else {
            where = "it occurs in " + found.ties().size() + " documents (" + found.ties().stream()
                    .map(tie -> "“" + tie.text().document().title() + "”").collect(Collectors.joining(", ")) + ")";
        }
        return Quotes.quoted(found.text().text().substring(found.start(), found.end())) + " — " + where
                + " and neither its context nor a position says which, so it was not placed";
    }

    private String whyUnplaced(IncomingAnnotation annotation, IncomingTarget target) {
        if (target == null) {
            List<String> others = annotation.targets().stream()
                    .flatMap(t -> t.unusableSelectors().stream()).distinct().toList();
            if (!others.isEmpty()) {
                return "annotation " + annotation.label() + " — it selects its passage only by "
                        + String.join(" and ", others) + ", which Lectern cannot find in a plain text; it needs"
                        + " a TextQuoteSelector or a TextPositionSelector, at the top or in refinedBy";
            }
            String source = annotation.targets().get(0).source();
            if (source != null) {
                // A page note (Hypothesis writes them): it comments on the document, not on a passage of it.
                return "annotation " + annotation.label() + " — it is about the whole of " + source
                        + " rather than a passage, and Lectern highlights passages only";
            }
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

    /**
     * A place for the annotation in one document, how well the quote's context agrees there, whether the position
     * or only the quote's words with the spacing tidied found it, and the documents holding places just as good
     * (with how many each): more than one place in all makes it ambiguous.
     */
    private record Candidate(ProjectText text, int start, int end, int contextScore, boolean atPosition,
                             boolean byWords, List<Tie> ties) {
        static Candidate at(ProjectText text, int start, int end, int contextScore, boolean atPosition) {
            return new Candidate(text, start, end, contextScore, atPosition, false, List.of(new Tie(text, 1)));
        }

        boolean ambiguous() {
            return ties.size() > 1 || ties.get(0).places() > 1;
        }

        /** This place, with another document's equally good places counted among the ties. */
        Candidate alsoIn(Candidate other) {
            List<Tie> all = new ArrayList<>(ties);
            all.addAll(other.ties());
            return new Candidate(text, start, end, contextScore, atPosition, byWords, all);
        }
    }

    /** How many equally good places for the quote one document holds. */
    private record Tie(ProjectText text, int places) {
    }
}
