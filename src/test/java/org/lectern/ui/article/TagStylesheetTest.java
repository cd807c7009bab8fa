package org.lectern.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The article's tag stylesheet writes lengths as CSS reads them, with a point, in any locale. */
class TagStylesheetTest {
    @Test
    void everyLengthInTenthsOfAPixelUpToTenThousandIsWrittenAsFormatWritesIt() {
        for (int tenths = 0; tenths <= 100_000; tenths++) {
            double value = tenths / 10.0;
            assertEquals(String.format(Locale.ROOT, "%.1fpx", value), TagStylesheet.px(value));
        }
    }

    @Test
    void theLaneOffsetsAndLineWidthAreWrittenWithAPointEvenWhereTheDecimalSeparatorIsAComma() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals("2.0px", TagStylesheet.px(LaneMarks.LINE_WIDTH));
            assertEquals("6.0px", TagStylesheet.px(2 * LaneMarks.LANE_STEP));
            assertEquals("0.5px", TagStylesheet.px(0.5));
        } finally {
            Locale.setDefault(before);
        }
    }
}
