package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Timestamps read back exactly as they were written, whichever way they were written. */
class TimestampColumnTest {

    @Test
    void lecternsOwnTimestampsReadBackToTheNanosecond() {
        for (String text : new String[] {"2024-03-01T09:15:30.123456789Z", "1999-12-31T23:59:59.000000001Z",
                "2026-02-28T00:00:00.000000000Z", "2024-02-29T12:34:56.500000000Z"}) {
            assertEquals(Instant.parse(text), Columns.instant(text), text);
        }
    }

    @Test
    void otherIsoFormsAreStillRead() {
        assertEquals(Instant.parse("2024-03-01T09:15:30Z"), Columns.instant("2024-03-01T09:15:30Z"));
        assertEquals(Instant.parse("2024-03-01T09:15:30.5Z"), Columns.instant("2024-03-01T09:15:30.5Z"));
    }

    @Test
    void timestampsAreWrittenAsTheIsoFormatterWritesThemWithNineFractionalDigits() {
        java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    random.nextInt(1_000_000_000));
            assertEquals(iso.format(instant), Columns.timestamp(instant), instant.toString());
        }
        assertEquals("2024-03-01T09:15:30.000000000Z", Columns.timestamp(Instant.parse("2024-03-01T09:15:30Z")));
        assertEquals("1970-01-01T00:00:00.000000001Z", Columns.timestamp(Instant.ofEpochSecond(0, 1)));
        assertEquals(iso.format(Instant.parse("+10000-01-01T00:00:00Z")),
                Columns.timestamp(Instant.parse("+10000-01-01T00:00:00Z")));
    }
}
