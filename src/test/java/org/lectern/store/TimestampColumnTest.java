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
}
