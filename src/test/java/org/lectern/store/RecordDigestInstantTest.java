package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.properties.PropertyCheck;

/**
 * A record's digest writes its times as {@link Instant#toString()} does (the digests noted in team projects
 * depend on it), however quickly it writes them.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordDigestInstantTest {
    /** From before year 0 to after year 9999, and the edges of both. */
    private static final List<Long> SECONDS = List.of(-62_167_219_200L, -62_167_219_201L, 253_402_300_799L,
            253_402_300_800L, 0L, 1_709_251_199L, 951_782_400L);

    @Test
    void times_are_written_exactly_as_the_general_formatter_writes_them() {
        PropertyCheck.forAll(2_000, draw -> {
            long second = draw.maybe(20) ? draw.oneOf(SECONDS) + draw.between(-2, 2)
                    : draw.between(-70_000_000, 70_000_000) * 4_000L + draw.between(0, 3_999);
            int nano = draw.oneOf(List.of(0, draw.between(1, 999) * 1_000_000, draw.between(1, 999_999) * 1_000,
                    draw.between(1, 999_999_999), 1, 999_999_999, 100_000_000, 10_000));
            Instant instant = Instant.ofEpochSecond(second, nano);
            StringBuilder text = new StringBuilder();
            RecordDigest.appendInstant(instant, text);
            assertEquals(instant.toString(), text.toString());
        });
    }
}
