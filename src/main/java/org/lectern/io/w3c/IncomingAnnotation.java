package org.lectern.io.w3c;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One annotation as read from a file, before it is placed in a project.
 *
 * @param label     how to name it to the analyst when it cannot be placed: its id, or its place in the file
 * @param id        the UUID it keeps if the project allows, or null
 * @param targets   where it points, in the file's order; at least one
 * @param tags      the values of its tagging bodies
 * @param notes     the values of its commenting (or purpose-less) text bodies
 * @param creator   its creator's name, or null
 * @param created   when it was made, or null
 * @param modified  when it was last changed, or null
 */
record IncomingAnnotation(String label, UUID id, List<IncomingTarget> targets, List<String> tags,
                          List<String> notes, String creator, Instant created, Instant modified) {
    IncomingAnnotation {
        targets = List.copyOf(targets);
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
    }

    /** The same annotation under another creator's name (the analyst's, when the importer maps it). */
    IncomingAnnotation withCreator(String name) {
        return new IncomingAnnotation(label, id, targets, tags, notes, name, created, modified);
    }

    /**
     * A target: the document it names (or null), the selectors Lectern can place it by (either may be null), and
     * the kinds of selector it also has that Lectern cannot place anything by (for saying why, if nothing else).
     */
    record IncomingTarget(String source, TextQuote quote, TextPosition position, List<String> unusableSelectors) {
        IncomingTarget {
            unusableSelectors = List.copyOf(unusableSelectors);
        }

        boolean hasSelector() {
            return quote != null || position != null;
        }
    }

    /** A TextQuoteSelector: the quoted text and the context either side (empty when not given). */
    record TextQuote(String exact, String prefix, String suffix) {
    }

    /** A TextPositionSelector: {@code start..end} in Unicode code points, end exclusive. */
    record TextPosition(long start, long end) {
    }
}
