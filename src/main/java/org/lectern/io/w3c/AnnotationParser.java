package org.lectern.io.w3c;

import static org.lectern.io.w3c.JsonLd.elements;
import static org.lectern.io.w3c.JsonLd.idOf;
import static org.lectern.io.w3c.JsonLd.iriOf;
import static org.lectern.io.w3c.JsonLd.localName;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lectern.io.w3c.IncomingAnnotation.IncomingTarget;

/**
 * Reads one annotation out of its JSON tree. Files come from many tools, so the reader is lenient where the model
 * allows choices (an object or an array of them, a source as a string or an object, types with or without a
 * prefix, a creator as a name or a Person) and strict only where an annotation says something impossible.
 */
final class AnnotationParser {
    /**
     * The annotation in {@code node}, the {@code number}th of the file (counted from 1, for messages).
     *
     * @throws MalformedAnnotation if it says something impossible; the file's other annotations may still be read
     */
    IncomingAnnotation annotation(JsonNode node, int number) throws MalformedAnnotation {
        if (!node.isObject()) {
            throw new MalformedAnnotation(number, "number " + number, "is not an annotation (a JSON object)");
        }
        String id = idOf(node);
        String label = id != null ? id : "number " + number;
        List<IncomingTarget> targets = new ArrayList<>();
        for (JsonNode target : elements(node.path("target"))) {
            targets.add(target(target, number, label));
        }
        if (targets.isEmpty()) {
            throw new MalformedAnnotation(number, label, "has no target, so it does not say what it annotates");
        }
        List<String> tags = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        readBodies(node, tags, notes);
        return new IncomingAnnotation(label, uuidFor(id), targets, tags, notes, creatorOf(node.path("creator")),
                IsoInstants.parse(node.path("created")), IsoInstants.parse(node.path("modified")));
    }

    private IncomingTarget target(JsonNode target, int number, String label) throws MalformedAnnotation {
        if (target.isTextual()) {
            return new IncomingTarget(target.asText(), null, null, List.of());
        }
        if (!target.isObject()) {
            throw new MalformedAnnotation(number, label, "has a target that is neither an IRI nor an object");
        }
        String source = target.has("source") ? iriOf(target.get("source")) : idOf(target);
        Selectors selectors = Selectors.read(target.path("selector"), number, label);
        return new IncomingTarget(source, selectors.quote(), selectors.position(), selectors.unusable());
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
    static String lineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
