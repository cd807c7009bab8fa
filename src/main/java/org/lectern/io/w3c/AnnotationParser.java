package org.lectern.io.w3c;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
 * Turns a JSON tree into the annotations it holds. Files come from many tools, so the reader is lenient where the
 * model allows choices (an object or an array of them, a source as a string or an object, types with or without
 * a prefix) and strict only where a file is plainly not annotations or says something impossible.
 */
final class AnnotationParser {
    /** Enough pages for any real file; a loop of "next" links must not keep the import going forever. */
    private static final int MAX_PAGES = 100_000;

    private final String fileName;

    AnnotationParser(String fileName) {
        this.fileName = fileName;
    }

    List<IncomingAnnotation> annotationsIn(JsonNode root) throws ExchangeFormatException {
        List<JsonNode> items = annotationNodes(root);
        List<IncomingAnnotation> annotations = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            annotations.add(annotation(items.get(i), i + 1));
        }
        return annotations;
    }

    // The shapes of a file ------------------------------------------------------------------------------

    private List<JsonNode> annotationNodes(JsonNode root) throws ExchangeFormatException {
        if (root.isArray()) {
            return elements(root);
        }
        if (!root.isObject()) {
            throw notAnnotations();
        }
        Set<String> types = typesOf(root);
        if (types.contains(Vocabulary.ANNOTATION_COLLECTION)) {
            return collectionItems(root);
        }
        if (types.contains(Vocabulary.ANNOTATION_PAGE)) {
            return pageItems(root, new ArrayList<>());
        }
        if (types.contains(Vocabulary.ANNOTATION) || root.has("target")) {
            return List.of(root);
        }
        if (root.path("@graph").isArray()) {
            return elements(root.get("@graph"));
        }
        throw notAnnotations();
    }

    private List<JsonNode> collectionItems(JsonNode collection) throws ExchangeFormatException {
        List<JsonNode> items = new ArrayList<>();
        JsonNode page = collection.path("first");
        int pages = 0;
        while (!page.isMissingNode() && !page.isNull()) {
            if (!page.isObject()) {
                throw new ExchangeFormatException(fileName + " lists its annotations on pages elsewhere ("
                        + page.asText() + ") instead of including them, so Lectern cannot import it.");
            }
            if (++pages > MAX_PAGES) {
                throw new ExchangeFormatException(fileName + " has too many annotation pages to import.");
            }
            pageItems(page, items);
            page = page.path("next");
        }
        return items;
    }

    private List<JsonNode> pageItems(JsonNode page, List<JsonNode> into) throws ExchangeFormatException {
        JsonNode items = page.path("items");
        if (items.isMissingNode() || items.isNull()) {
            return into;
        }
        if (!items.isArray()) {
            throw new ExchangeFormatException(fileName + " is not a W3C annotation file Lectern can read: the items"
                    + " of an AnnotationPage must be a list of annotations.");
        }
        into.addAll(elements(items));
        return into;
    }

    private ExchangeFormatException notAnnotations() {
        return new ExchangeFormatException(fileName + " is JSON but not W3C Web Annotation: it should hold an"
                + " Annotation, a list of them, an AnnotationPage or an AnnotationCollection.");
    }

    // One annotation --------------------------------------------------------------------------------------

    private IncomingAnnotation annotation(JsonNode node, int number) throws ExchangeFormatException {
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
                instant(node.path("created")), instant(node.path("modified")));
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

    /** ISO-8601 with or without an offset (then UTC), or a bare date; anything else is as if absent. */
    static Instant instant(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        String text = value.asText().strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
    }

    private static String idOf(JsonNode node) {
        JsonNode id = node.has("id") ? node.get("id") : node.path("@id");
        return id.isTextual() && !id.asText().isBlank() ? id.asText().strip() : null;
    }

    private static String iriOf(JsonNode node) {
        if (node.isTextual()) {
            return node.asText().strip();
        }
        return node.isObject() ? idOf(node) : null;
    }

    /** The types of a node, without any prefix or namespace: {@code oa:Annotation} is an Annotation too. */
    private static Set<String> typesOf(JsonNode node) {
        Set<String> types = new HashSet<>();
        JsonNode type = node.has("type") ? node.get("type") : node.path("@type");
        for (JsonNode one : elements(type)) {
            if (one.isTextual()) {
                types.add(localName(one.asText()));
            }
        }
        return types;
    }

    private static String localName(String term) {
        int cut = Math.max(term.lastIndexOf('#'), Math.max(term.lastIndexOf('/'), term.lastIndexOf(':')));
        return term.substring(cut + 1).strip();
    }

    /** A value that may be one thing or an array of them, as a list; nothing for an absent value. */
    private static List<JsonNode> elements(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            return List.of(node);
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.forEach(elements::add);
        return elements;
    }

    /** Lectern's texts are normalised to {@code \n}; a quote copied from a Windows text would never match. */
    private static String lineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
