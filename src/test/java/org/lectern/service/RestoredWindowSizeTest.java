package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A window saved at any size or place comes back usable and on the screen it opens on. */
class RestoredWindowSizeTest {
    private static WindowLayout saved(double x, double y, double width, double height) {
        return new WindowLayout(x, y, width, height, false, new double[] {0.14, 0.58});
    }

    @Test
    void aWindowSavedTinyComesBackAtTheSmallestUsableSize() {
        WindowLayout fitted = saved(100, 80, 320, 200).fittedTo(0, 0, 1920, 1040);
        assertEquals(1024, fitted.width());
        assertEquals(700, fitted.height());
        assertEquals(100, fitted.x());
        assertEquals(80, fitted.y());
    }

    @Test
    void aWindowSavedOffScreenComesBackWhollyOnTheScreen() {
        // Saved on a second monitor to the right, since unplugged.
        WindowLayout right = saved(2500, 1300, 1200, 800).fittedTo(0, 0, 1920, 1040);
        assertEquals(1920 - 1200, right.x());
        assertEquals(1040 - 800, right.y());
        WindowLayout left = saved(-1800, -50, 1200, 800).fittedTo(0, 0, 1920, 1040);
        assertEquals(0, left.x());
        assertEquals(0, left.y());
    }

    @Test
    void aWindowLargerThanTheScreenIsCutToIt() {
        WindowLayout fitted = saved(0, 0, 2560, 1440).fittedTo(0, 24, 1366, 744);
        assertEquals(1366, fitted.width());
        assertEquals(744, fitted.height());
        assertEquals(24, fitted.y(), "below a menu bar at the top of the screen");
    }

    @Test
    void onAScreenSmallerThanTheMinimumTheWindowFillsTheScreen() {
        WindowLayout fitted = saved(40, 40, 500, 400).fittedTo(0, 0, 800, 600);
        assertEquals(800, fitted.width());
        assertEquals(600, fitted.height());
        assertEquals(0, fitted.x());
        assertEquals(0, fitted.y());
    }

    @Test
    void aUsableSizeOnTheScreenIsKeptAsSavedWithItsDividers() {
        WindowLayout saved = saved(200, 100, 1300, 850);
        assertEquals(saved, saved.fittedTo(0, 0, 1920, 1040));
    }

    @Test
    void aTinySavedSizeIsStillReadSoThatItCanBeEnlarged() {
        assertEquals(saved(10, 10, 120, 90).width(),
                WindowLayout.parse("10,10,120,90,false,0.1400,0.5800").orElseThrow().width());
        assertEquals(java.util.Optional.empty(), WindowLayout.parse("10,10,NaN,90,false"));
    }
}
