package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A first window opens wholly on the screen, roomy on a large one and never below the usable minimum. */
class FirstWindowSizeTest {
    @Test
    void onALargeScreenTheFirstWindowIsRoomyButNotFullScreen() {
        assertEquals(1400, WindowPlacement.firstSize(1400, 1024, 1920));
    }

    @Test
    void onAMiddlingScreenItLeavesSomeOfTheScreenAround() {
        assertEquals(1280 * 0.92, WindowPlacement.firstSize(1400, 1024, 1280), 1e-9);
    }

    @Test
    void onAScreenJustTheMinimumWideItFillsTheScreenRatherThanStickOutPastIt() {
        assertEquals(1024, WindowPlacement.firstSize(1400, 1024, 1024));
        assertEquals(700, WindowPlacement.firstSize(880, 700, 700));
    }

    @Test
    void onAScreenSmallerThanTheMinimumItIsTheScreen() {
        assertEquals(800, WindowPlacement.firstSize(1400, 1024, 800));
    }
}
