package org.lectern.store.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Passage;
import org.lectern.model.Stamp;
import org.lectern.properties.Draw;
import org.lectern.properties.PropertyCheck;
import org.lectern.store.IsoInstants;

/**
 * A team's highlights are read by a quick field-by-field reader; it must give exactly what the general reader
 * gives, for the text Lectern writes and for the text PostgreSQL hands back (its jsonb keeps keys in an order of
 * its own and puts a space after each colon and comma), and leave anything else to the general reader.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnnotationJsonTest {
    private static final List<String> PIECES = List.of("a", "Varno", " ", "\"", "\\", "/", "\n", "\t", "é", "ß",
            "e\u0301", "😀", "«", "\u0000", "\u2028", "{", "}", ",", ":");

    @Test
    void the_quick_reader_gives_what_the_general_reader_gives_for_lectern_and_postgresql_text() {
        PropertyCheck.forAll(300, draw -> {
            Annotation highlight = highlight(draw);
            for (String json : List.of(RecordJson.write(highlight), asPostgresqlGivesIt(highlight),
                    withFieldsOfANewerLectern(asPostgresqlGivesIt(highlight)))) {
                draw.note(json);
                assertEquals(Optional.of(highlight), AnnotationJson.read(json));
                assertEquals(highlight, RecordJson.readByBinding(RecordKind.ANNOTATION, json));
                assertEquals(highlight, RecordJson.read("annotation", json));
            }
        });
    }

    @Test
    void text_of_another_shape_is_left_to_the_general_reader() {
        String good = "{\"id\": \"7615a7cb-adba-42e5-b154-1ea417d01dfb\", \"note\": \"\", \"stamp\": {\"author\":"
                + " \"Analyst 23\", \"created\": \"2026-11-01T09:07:53.701Z\", \"modified\": \"2026-11-01T09:07:53Z\"},"
                + " \"tagId\": \"501ff59c-2cee-4d07-9533-b5536b7ad9c2\", \"passage\": {\"end\": 3, \"quote\": \"abc\","
                + " \"start\": 0, \"prefix\": \"\", \"suffix\": \" d\"}, \"documentId\":"
                + " \"3f24097b-8cee-45a1-a6cb-942a04d6b4ad\"}";
        assertTrue(AnnotationJson.read(good).isPresent());
        // A null note is read by the general reader as no note.
        String nullNote = good.replace("\"note\": \"\"", "\"note\": null");
        assertEquals(Optional.empty(), AnnotationJson.read(nullNote));
        assertEquals("", ((Annotation) RecordJson.read("annotation", nullNote)).note());
        // An offset written as text is bound by the general reader as Jackson allows.
        String textOffset = good.replace("\"start\": 0", "\"start\": \"0\"");
        assertEquals(Optional.empty(), AnnotationJson.read(textOffset));
        assertEquals(0, ((Annotation) RecordJson.read("annotation", textOffset)).passage().start());
        // What neither can read is refused in words.
        for (String broken : List.of(good.replace("\"tagId\"", "\"tag\""), good.replace("\"end\": 3", "\"end\": 2"),
                good.substring(0, good.length() - 1))) {
            assertEquals(Optional.empty(), AnnotationJson.read(broken));
            TeamServerException refused = assertThrows(TeamServerException.class,
                    () -> RecordJson.read("annotation", broken));
            assertTrue(refused.getMessage().startsWith("A annotation from the team server could not be read"),
                    refused.getMessage());
        }
    }

    @Test
    void instants_are_read_as_the_general_parser_reads_them() {
        PropertyCheck.forAll(500, draw -> {
            Instant instant = draw.maybe(10) ? Instant.ofEpochSecond(draw.between(-100_000, 100_000) * 86_400L)
                    : instant(draw);
            String text = instant.toString();
            draw.note(text);
            assertEquals(Instant.parse(text), IsoInstants.parse(text));
        });
        for (String other : List.of("2024-02-29T23:59:60Z", "2024-02-30T10:00:00Z", "2024-03-01T10:00:00.Z",
                "2024-03-01T10:00:00+01:00", "2024-03-01T10:00:00.1234567890Z", "+12024-03-01T10:00:00Z",
                "2024-03-01T24:00:00Z", "2024-3-01T10:00:00Z")) {
            Object general;
            try {
                general = Instant.parse(other);
            } catch (java.time.format.DateTimeParseException e) {
                general = e.getClass();
            }
            Object quick;
            try {
                quick = IsoInstants.parse(other);
            } catch (java.time.format.DateTimeParseException e) {
                quick = e.getClass();
            }
            assertEquals(general, quick, other);
        }
    }

    private static Annotation highlight(Draw draw) {
        String quote = text(draw, 0);
        String prefix = text(draw, 0);
        String suffix = text(draw, 0);
        int start = draw.between(0, 100_000);
        Instant created = instant(draw);
        Instant modified = draw.maybe(30) ? created : instant(draw);
        return new Annotation(UUID.randomUUID(), UUID.randomUUID(), new Passage(start, start + quote.length(), quote,
                prefix, suffix), UUID.randomUUID(), text(draw, 0), new Stamp(text(draw, 1), created, modified));
    }

    private static String text(Draw draw, int min) {
        StringBuilder text = new StringBuilder();
        draw.list(min, 12, 70, d -> d.oneOf(PIECES)).forEach(text::append);
        return text.toString();
    }

    private static Instant instant(Draw draw) {
        long second = 1_700_000_000L + draw.between(0, 100_000_000);
        int nano = draw.oneOf(List.of(0, 1, 700_000_000, 701_000_000, 987_654_321, draw.between(0, 999_999_999)));
        return Instant.ofEpochSecond(second, nano);
    }

    /** Keys as jsonb orders them (shorter first, then by their bytes), with a space after ':' and ','. */
    private static String asPostgresqlGivesIt(Annotation a) {
        Passage p = a.passage();
        Stamp s = a.stamp();
        return "{\"id\": " + json(a.id().toString()) + ", \"note\": " + json(a.note()) + ", \"stamp\": {\"author\": "
                + json(s.author()) + ", \"created\": " + json(s.created().toString()) + ", \"modified\": "
                + json(s.modified().toString()) + "}, \"tagId\": " + json(a.tagId().toString()) + ", \"passage\": {"
                + "\"end\": " + p.end() + ", \"quote\": " + json(p.quote()) + ", \"start\": " + p.start()
                + ", \"prefix\": " + json(p.prefix()) + ", \"suffix\": " + json(p.suffix()) + "}, \"documentId\": "
                + json(a.documentId().toString()) + "}";
    }

    private static String withFieldsOfANewerLectern(String json) {
        return json.replace("\"note\":", "\"colour\": [1, {\"x\": null, \"y\": [true]}], \"note\":")
                .replace("\"quote\":", "\"language\": \"fr\", \"quote\":");
    }

    /** A JSON string as PostgreSQL writes it: control characters as \\uXXXX except the usual short escapes. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
