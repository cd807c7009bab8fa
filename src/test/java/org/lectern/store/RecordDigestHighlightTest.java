package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Passage;
import org.lectern.model.Stamp;
import org.lectern.properties.Draw;
import org.lectern.properties.PropertyCheck;

/**
 * A highlight's digest, written without reflection for speed, is the digest every record gets from its
 * components: the digests already noted in team projects stay valid, and two highlights share one exactly when
 * they are equal.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordDigestHighlightTest {
    /** Pieces of text that could pass for the digest's own punctuation, and characters outside ASCII. */
    private static final List<String> PIECES = List.of("", "a", "Customs", ";", "=", "{", "}", "3:", "null", "é",
            "e\u0301", "😀", "\n", "\"", "Annotation{", ";};", " ");

    @Test
    void a_highlight_is_digested_exactly_as_from_its_components() {
        PropertyCheck.forAll(3_000, draw -> {
            Annotation highlight = highlight(draw);
            assertEquals(RecordDigest.ofByComponents(highlight), RecordDigest.of(highlight));
        });
    }

    @Test
    void highlights_that_differ_in_anything_have_different_digests() {
        PropertyCheck.forAll(500, draw -> {
            Annotation one = highlight(draw);
            Annotation other = highlight(draw);
            if (!one.equals(other)) {
                assertNotEquals(RecordDigest.of(one), RecordDigest.of(other));
            }
            Passage passage = one.passage();
            String longer = passage.quote() + passage.prefix();
            Annotation moved = new Annotation(one.id(), one.documentId(), new Passage(passage.start(),
                    passage.start() + longer.length(), longer, "", passage.suffix()), one.tagId(), one.note(),
                    one.stamp());
            if (!moved.equals(one)) {
                assertNotEquals(RecordDigest.of(one), RecordDigest.of(moved), "text moved from prefix to quote");
            }
        });
    }

    private static Annotation highlight(Draw draw) {
        int start = draw.between(0, 2_000_000);
        String quote = text(draw);
        Instant created = instant(draw);
        Instant modified = draw.maybe(50) ? created : instant(draw);
        return new Annotation(uuid(draw), uuid(draw), new Passage(start, start + quote.length(), quote, text(draw),
                text(draw)),
                uuid(draw), text(draw), new Stamp(draw.maybe(10) ? "" : "Ana " + text(draw), created, modified));
    }

    private static String text(Draw draw) {
        StringBuilder text = new StringBuilder();
        for (String piece : draw.list(0, 4, 40, d -> d.oneOf(PIECES))) {
            text.append(piece);
        }
        return text.toString();
    }

    private static UUID uuid(Draw draw) {
        return new UUID(word(draw), word(draw));
    }

    /** 64 bits, negative ones included. */
    private static long word(Draw draw) {
        long bits = ((long) draw.between(0, Integer.MAX_VALUE - 1) << 33) ^ draw.between(0, Integer.MAX_VALUE - 1);
        return draw.maybe(50) ? -bits : bits;
    }

    private static Instant instant(Draw draw) {
        long second = draw.maybe(10) ? draw.oneOf(List.of(-62_167_219_201L, 253_402_300_800L, 0L))
                : draw.between(0, 2_000_000_000);
        int nano = draw.oneOf(List.of(0, draw.between(1, 999) * 1_000_000, draw.between(1, 999_999) * 1_000,
                draw.between(1, 999_999_999)));
        return Instant.ofEpochSecond(second, nano);
    }
}
