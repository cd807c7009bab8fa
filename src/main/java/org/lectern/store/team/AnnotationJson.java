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
                case "created" -> created = instant(text(parser, value));
                case "modified" -> modified = instant(text(parser, value));
                default -> parser.skipChildren();
            }
        }
        return new Stamp(author, created, modified);
    }

    /**
     * An instant as Jackson writes one ({@code 2026-11-01T09:07:53.701Z}: UTC, up to nine digits of fraction),
     * read by position; the general parser took half the time of reading a highlight. Any other form goes to it.
     */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z'
                || (length > 20 && (text.charAt(19) != '.' || length == 21 || length > 30))) {
            return Instant.parse(text);
        }
        try {
            long days = java.time.LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10))
                    .toEpochDay();
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (hour > 23 || minute > 59 || second > 59) {
                return Instant.parse(text);
            }
            int nano = 0;
            if (length > 20) {
                nano = digits(text, 20, length - 1);
                for (int i = length - 1 - 20; i < 9; i++) {
                    nano *= 10;
                }
            }
            return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second, nano);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Instant.parse(text);
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new NumberFormatException(text);
            }
            value = value * 10 + digit;
        }
        return value;
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
