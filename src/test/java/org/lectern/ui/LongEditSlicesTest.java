package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A long edit is followed a slice per frame, each slice sized to what the one before took. */
class LongEditSlicesTest {
    private static final long BUDGET = WorkbenchModel.SLICE_BUDGET_NANOS;

    @Test
    void cheapSlicesGrowAndDearOnesShrinkWithinTheirBounds() {
        assertEquals(200, WorkbenchModel.nextSlice(100, BUDGET / 4), "well under the budget: twice as many next frame");
        assertEquals(100, WorkbenchModel.nextSlice(100, BUDGET), "about the budget: the same");
        assertEquals(400, WorkbenchModel.nextSlice(800, 3 * BUDGET), "far over it: half as many");
        assertEquals(WorkbenchModel.SLICE, WorkbenchModel.nextSlice(WorkbenchModel.SLICE, 100 * BUDGET),
                "never below the first slice's size");
        assertEquals(WorkbenchModel.LARGEST_SLICE, WorkbenchModel.nextSlice(WorkbenchModel.LARGEST_SLICE, 0),
                "never above the largest");
    }

    @Test
    void aFirstDownloadOfHalfAMillionCheapChangesIsFollowedInAFewHundredFramesNotFiveThousand() {
        int frames = 0;
        int slice = WorkbenchModel.SLICE;
        for (int left = 500_000; left > 0; left -= slice) {
            frames++;
            slice = WorkbenchModel.nextSlice(slice, BUDGET / 4); // each slice well within its budget
        }
        assertTrue(frames < 50, frames + " frames");
    }
}
