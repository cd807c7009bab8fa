package org.lectern.io.w3c;

import static org.lectern.io.w3c.JsonLd.elements;
import static org.lectern.io.w3c.JsonLd.typesOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lectern.io.w3c.IncomingAnnotation.TextPosition;
import org.lectern.io.w3c.IncomingAnnotation.TextQuote;

/**
 * Reads the selectors of one target into what Lectern can place an annotation by: a quote, a position, or both.
 *
 * <p>The selectors of a target are alternatives that describe the same passage. A selector may be
 * {@code refinedBy} a narrower one, which applies within what the first selects (the model's "Refinement of
 * Selection"); several refinements are again alternatives. Lectern holds plain text, so it cannot find a
 * FragmentSelector's {@code para5} or an XPathSelector's element, but a TextQuoteSelector refining one is a
 * quote like any other, placed by its own context. A TextPositionSelector counts from the start of what it
 * refines: it is used within a position or a quote, and never as a position in the whole text when it refines
 * an element Lectern cannot find (as Hypothesis writes XPath ranges).
 */
final class Selectors {
    static final String TEXT_QUOTE = Vocabulary.TEXT_QUOTE_SELECTOR;
    static final String TEXT_POSITION = Vocabulary.TEXT_POSITION_SELECTOR;

    private final int number;
    private final String label;
    private TextQuote quote;
    private TextPosition position;
    private final Set<String> unusable = new LinkedHashSet<>();

    private Selectors(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** What a target's selectors give; {@code number} and {@code label} name the annotation in messages. */
    static Selectors read(JsonNode selectors, int number, String label) throws MalformedAnnotation {
        Selectors read = new Selectors(number, label);
        for (JsonNode selector : elements(selectors)) {
            Selection found = read.resolve(selector, null);
            if (found.quote() != null && read.quote == null) {
                read.quote = found.quote();
            }
            if (found.position() != null && read.position == null) {
                read.position = found.position();
            }
        }
        return read;
    }

    TextQuote quote() {
        return quote;
    }

    TextPosition position() {
        return position;
    }

    /** The kinds of selector Lectern could not place anything by, as the file names them ("FragmentSelector"). */
    List<String> unusable() {
        return new ArrayList<>(unusable);
    }

    /** What a selector selects, narrowed by the first of its refinements that Lectern can use. */
    private Selection resolve(JsonNode selector, Selection outer) throws MalformedAnnotation {
        if (!selector.isObject()) {
            return Selection.NOTHING;
        }
        Set<String> types = typesOf(selector);
        Selection here;
        if (types.contains(TEXT_QUOTE)) {
            here = new Selection(quote(selector), null);
        } else if (types.contains(TEXT_POSITION)) {
            here = within(outer, position(selector));
        } else {
            unusable.add(types.isEmpty() ? "a selector without a type" : String.join("/", types));
            here = Selection.NOTHING;
        }
        for (JsonNode refinement : elements(selector.path("refinedBy"))) {
            Selection narrower = resolve(refinement, here);
            if (narrower.usable()) {
                return narrower;
            }
        }
        return here;
    }

    /**
     * A position that counts from the start of what it refines: an offset into an outer position, or a part of
     * an outer quote (whose text before and after becomes context). Without an outer selection it counts from
     * the start of the text; inside one Lectern cannot place, it means nothing.
     */
    private Selection within(Selection outer, TextPosition inner) {
        if (outer == null) {
            return new Selection(null, inner);
        }
        if (outer.position() != null) {
            long start = outer.position().start() + inner.start();
            long end = Math.min(outer.position().start() + inner.end(), outer.position().end());
            return new Selection(null, new TextPosition(start, Math.max(start, end)));
        }
        if (outer.quote() != null) {
            String exact = outer.quote().exact();
            int length = exact.codePointCount(0, exact.length());
            if (inner.end() > length) {
                return Selection.NOTHING;
            }
            int from = exact.offsetByCodePoints(0, (int) inner.start());
            int to = exact.offsetByCodePoints(0, (int) inner.end());
            return new Selection(new TextQuote(exact.substring(from, to),
                    outer.quote().prefix() + exact.substring(0, from),
                    exact.substring(to) + outer.quote().suffix()), null);
        }
        return Selection.NOTHING;
    }

    private TextQuote quote(JsonNode selector) throws MalformedAnnotation {
        JsonNode exact = selector.path("exact");
        if (!exact.isTextual()) {
            throw wrong("has a TextQuoteSelector without the exact text it quotes");
        }
        return new TextQuote(AnnotationParser.lineEndings(exact.asText()),
                AnnotationParser.lineEndings(selector.path("prefix").asText("")),
                AnnotationParser.lineEndings(selector.path("suffix").asText("")));
    }

    private TextPosition position(JsonNode selector) throws MalformedAnnotation {
        long start = offset(selector.path("start"));
        long end = offset(selector.path("end"));
        if (start > end) {
            throw wrong("has a TextPositionSelector that ends (" + end + ") before it starts (" + start + ")");
        }
        return new TextPosition(start, end);
    }

    private long offset(JsonNode value) throws MalformedAnnotation {
        if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().matches("\\d{1,18}")) {
            return Long.parseLong(value.asText());
        }
        throw wrong("has a TextPositionSelector whose start or end is not a whole number from 0 up");
    }

    private MalformedAnnotation wrong(String what) {
        return new MalformedAnnotation(number, label, what);
    }

    /** A quote or a position (or nothing) that one selector, with its refinements, comes to. */
    private record Selection(TextQuote quote, TextPosition position) {
        static final Selection NOTHING = new Selection(null, null);

        boolean usable() {
            return quote != null || position != null;
        }
    }
}
