package org.lectern.io.w3c;

import static org.lectern.io.w3c.JsonLd.elements;
import static org.lectern.io.w3c.JsonLd.idOf;
import static org.lectern.io.w3c.JsonLd.iriOf;
import static org.lectern.io.w3c.JsonLd.localName;
import static org.lectern.io.w3c.JsonLd.typesOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lectern.io.exchange.ExchangeFormatException;
import org.lectern.io.w3c.IncomingAnnotation.IncomingTarget;
import org.lectern.io.w3c.IncomingAnnotation.TextPosition;
import org.lectern.io.w3c.IncomingAnnotation.TextQuote;

/**
 * Reads one annotation out of its JSON tree. Files come from many tools, so the reader is lenient where the model
 * allows choices (an object or an array of them, a source as a string or an object, types with or without a
 * prefix, a creator as a name or a Person) and strict only where an annotation says something impossible.
 */
final class AnnotationParser {
    private final String fileName;

    AnnotationParser(String fileName) {
        this.fileName = fileName;
    }

    /** The annotation in {@code node}, the {@code number}th of the file (counted from 1, for messages). */
    IncomingAnnotation annotation(JsonNode node, int number) throws ExchangeFormatException {
        if (!node.isObject()) {
            throw wrong(number, "is not an annotation (a JSON object)");
        }
        String id = idOf(node);
        String label = id != null ? id : "number " + number;
        List<IncomingTarget> targets = new ArrayList<>();
        for (JsonNode target : elements(node.path("target"))) {
            targets.add(target(target, number));
        }
        if (targets.isEmpty()) {
            throw wrong(number, "has no target, so it does not say what it annotates");
        }
        List<String> tags = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        readBodies(node, tags, notes);
        return new IncomingAnnotation(label, uuidFor(id), targets, tags, notes, creatorOf(node.path("creator")),
                IsoInstants.parse(node.path("created")), IsoInstants.parse(node.path("modified")));
    }

    private IncomingTarget target(JsonNode target, int number) throws ExchangeFormatException {
        if (target.isTextual()) {
            return new IncomingTarget(target.asText(), null, null);
        }
        if (!target.isObject()) {
            throw wrong(number, "has a target that is neither an IRI nor an object");
        }
        String source = target.has("source") ? iriOf(target.get("source")) : idOf(target);
        TextQuote quote = null;
        TextPosition position = null;
        for (JsonNode selector : elements(target.path("selector"))) {
            Set<String> types = typesOf(selector);
            if (quote == null && types.contains(Vocabulary.TEXT_QUOTE_SELECTOR)) {
                quote = quote(selector, number);
            } else if (position == null && types.contains(Vocabulary.TEXT_POSITION_SELECTOR)) {
                position = position(selector, number);
            }
        }
        return new IncomingTarget(source, quote, position);
    }

    private TextQuote quote(JsonNode selector, int number) throws ExchangeFormatException {
        JsonNode exact = selector.path("exact");
        if (!exact.isTextual()) {
            throw wrong(number, "has a TextQuoteSelector without the exact text it quotes");
        }
        return new TextQuote(lineEndings(exact.asText()), lineEndings(selector.path("prefix").asText("")),
                lineEndings(selector.path("suffix").asText("")));
    }

    private TextPosition position(JsonNode selector, int number) throws ExchangeFormatException {
        long start = offset(selector.path("start"), number);
        long end = offset(selector.path("end"), number);
        if (start > end) {
            throw wrong(number, "has a TextPositionSelector that ends (" + end + ") before it starts (" + start + ")");
        }
        return new TextPosition(start, end);
    }

    private long offset(JsonNode value, int number) throws ExchangeFormatException {
        if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().matches("\\d{1,18}")) {
            return Long.parseLong(value.asText());
        }
        throw wrong(number, "has a TextPositionSelector whose start or end is not a whole number from 0 up");
    }

    private ExchangeFormatException wrong(int number, String what) {
        return new ExchangeFormatException(fileName + " is not a W3C annotation file Lectern can read: annotation "
                + number + " " + what + ".");
    }

    // Bodies --------------------------------------------------------------------------------------------

    /**
     * Tagging bodies give tags; commenting and describing bodies, and text bodies with no purpose (a comment, by
     * the model's own examples), give notes. Other purposes, and bodies that are links rather than text, carry
     * nothing Lectern keeps.
     */
    private static void readBodies(JsonNode annotation, List<String> tags, List<String> notes) {
        for (JsonNode body : elements(annotation.path("body"))) {
            JsonNode value = body.path("value");
            if (!body.isObject() || !value.isTextual() || value.asText().isBlank()) {
                continue;
            }
            Set<String> purposes = new HashSet<>();
            for (JsonNode purpose : elements(body.path("purpose"))) {
                purposes.add(localName(purpose.asText()));
            }
            if (purposes.contains(Vocabulary.TAGGING)) {
                tags.add(value.asText().strip());
            } else if (purposes.isEmpty() || purposes.contains(Vocabulary.COMMENTING)
                    || purposes.contains(Vocabulary.DESCRIBING)) {
                notes.add(lineEndings(value.asText()));
            }
        }
        JsonNode bodyValue = annotation.path("bodyValue");
        if (bodyValue.isTextual() && !bodyValue.asText().isBlank()) {
            notes.add(lineEndings(bodyValue.asText()));
        }
    }

    // Values --------------------------------------------------------------------------------------------

    /** The creator's name: a string, or a Person's name (or nickname); the first of several. */
    private static String creatorOf(JsonNode creator) {
        for (JsonNode one : elements(creator)) {
            String name = one.isTextual() ? one.asText() : one.path("name").asText(one.path("nickname").asText(""));
            if (!name.isBlank()) {
                return name.strip();
            }
        }
        return null;
    }

    /**
     * A {@code urn:uuid:} id is kept as it is; any other id (another tool's URL, say) stands for the same UUID
     * every time it is read, so importing that file again still recognises the annotation.
     */
    private static UUID uuidFor(String id) {
        if (id == null) {
            return null;
        }
        if (id.regionMatches(true, 0, Vocabulary.UUID_URN_PREFIX, 0, Vocabulary.UUID_URN_PREFIX.length())) {
            try {
                return UUID.fromString(id.substring(Vocabulary.UUID_URN_PREFIX.length()));
            } catch (IllegalArgumentException notAUuid) {
                // Fall through: treat it like any other id.
            }
        }
        return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
    }

    /** Lectern's texts are normalised to {@code \n}; a quote copied from a Windows text would never match. */
    private static String lineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
