package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The colour arithmetic the selection tests rely on, against published values. */
class ColoursTest {
    @Test
    void labValuesMatchPublishedOnes() {
        // sRGB red is L* 53.24, a* 80.09, b* 67.20 (D65), as colour references list it; white is 100, 0, 0.
        double[] red = Colours.lab(Color.web("#ff0000"));
        assertEquals(53.24, red[0], 0.05);
        assertEquals(80.09, red[1], 0.05);
        assertEquals(67.20, red[2], 0.05);
        double[] white = Colours.lab(Color.WHITE);
        assertEquals(100, white[0], 0.01);
        assertEquals(0, white[1], 0.01);
        assertEquals(0, white[2], 0.01);
        assertEquals(100, Colours.deltaE(Color.WHITE, Color.BLACK), 0.01);
    }

    @Test
    void contrastMatchesKnownValues() {
        assertEquals(21.0, Colours.contrast(Color.WHITE, Color.BLACK), 1e-9);
        assertEquals(4.54, Colours.contrast(Color.web("#767676"), Color.WHITE), 0.01);
    }

    @Test
    void halfTransparentBlackOnWhiteIsMidGrey() {
        assertEquals(Color.color(0.5, 0.5, 0.5), Colours.over(Color.BLACK, 0.5, Color.WHITE));
    }
}
