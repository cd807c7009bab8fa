package org.lectern.io.w3c;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The ways JSON-LD lets one thing be written: one value or an array, "id" or "@id", a term with a prefix. */
final class JsonLd {
    private JsonLd() {
    }

    /** A value that may be one thing or an array of them, as a list; nothing for an absent value. */
    static List<JsonNode> elements(JsonNode node) {
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

    /** The types of a node, without any prefix or namespace: {@code oa:Annotation} is an Annotation too. */
    static Set<String> typesOf(JsonNode node) {
        Set<String> types = new HashSet<>(4);
        JsonNode type = node.has("type") ? node.get("type") : node.path("@type");
        for (JsonNode one : elements(type)) {
            if (one.isTextual()) {
                types.add(localName(one.asText()));
            }
        }
        return types;
    }

    static String idOf(JsonNode node) {
        JsonNode id = node.has("id") ? node.get("id") : node.path("@id");
        return id.isTextual() && !id.asText().isBlank() ? id.asText().strip() : null;
    }

    /** An IRI written as a string, or as an object with an id. */
    static String iriOf(JsonNode node) {
        if (node.isTextual()) {
            return node.asText().strip();
        }
        return node.isObject() ? idOf(node) : null;
    }

    static String localName(String term) {
        int cut = Math.max(term.lastIndexOf('#'), Math.max(term.lastIndexOf('/'), term.lastIndexOf(':')));
        return term.substring(cut + 1).strip();
    }
}
