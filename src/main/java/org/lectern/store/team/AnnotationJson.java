package org.lectern.store.team;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.model.Passage;
import org.lectern.model.Stamp;
import org.lectern.store.IsoInstants;

/**
 * Reads a highlight's JSON field by field with Jackson's streaming parser. A team's first download reads
 * hundreds of thousands of highlights, and this takes a fraction of the time of binding them by reflection. Only
 * the shape {@link RecordJson} writes is read here, in any order of fields and with fields it does not know
 * skipped; anything else (a field missing, a value of another type) is left to the general reader, which says
 * what is wrong.
 */
final class AnnotationJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private AnnotationJson() {
    }

    /** The highlight, or empty when the text is not in the shape read here. */
    static Optional<Annotation> read(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return Optional.ofNullable(annotation(parser));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Annotation annotation(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        UUID id = null;
        UUID documentId = null;
        UUID tagId = null;
        String note = null;
        Passage passage = null;
        Stamp stamp = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "id" -> id = uuid(parser, value);
                case "documentId" -> documentId = uuid(parser, value);
                case "tagId" -> tagId = uuid(parser, value);
                case "note" -> note = text(parser, value);
                case "passage" -> passage = passage(parser, value);
                case "stamp" -> stamp = stamp(parser, value);
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null || id == null
                || documentId == null || tagId == null || passage == null || stamp == null) {
            return null;
        }
        return new Annotation(id, documentId, passage, tagId, note, stamp);
    }

    private static Passage passage(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new IOException("not a passage");
        }
        Integer from = null;
        Integer to = null;
        String quote = null;
        String prefix = null;
        String suffix = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "start" -> from = number(parser, value);
                case "end" -> to = number(parser, value);
                case "quote" -> quote = text(parser, value);
                case "prefix" -> prefix = text(parser, value);
                case "suffix" -> suffix = text(parser, value);
                default -> parser.skipChildren();
            }
        }
        if (from == null || to == null || quote == null) {
            throw new IOException("an incomplete passage");
        }
        return new Passage(from, to, quote, prefix, suffix);
    }

    private static Stamp stamp(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new IOException("not a stamp");
        }
        String author = null;
        Instant created = null;
        Instant modified = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "author" -> author = text(parser, value);
                case "created" -> created = IsoInstants.parse(text(parser, value));
                case "modified" -> modified = IsoInstants.parse(text(parser, value));
                default -> parser.skipChildren();
            }
        }
        return new Stamp(author, created, modified);
    }

    private static UUID uuid(JsonParser parser, JsonToken value) throws IOException {
        return UUID.fromString(text(parser, value));
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw new IOException("not a text");
        }
        return parser.getText();
    }

    private static int number(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new IOException("not a whole number");
        }
        return parser.getIntValue();
    }
}
