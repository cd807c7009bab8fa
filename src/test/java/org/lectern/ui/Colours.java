package org.lectern.ui;

import javafx.scene.paint.Color;

/** Colour arithmetic for tests: compositing, WCAG 2 contrast and the CIE 1976 colour difference ΔE*ab. */
final class Colours {
    private Colours() {
    }

    /** Source-over compositing of {@code fg} at {@code alpha} on an opaque {@code bg}, in sRGB as JavaFX paints. */
    static Color over(Color fg, double alpha, Color bg) {
        return Color.color(alpha * fg.getRed() + (1 - alpha) * bg.getRed(),
                alpha * fg.getGreen() + (1 - alpha) * bg.getGreen(), alpha * fg.getBlue() + (1 - alpha) * bg.getBlue());
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** CIE 1976 ΔE*ab: the distance of two colours in CIELAB (D65); about 2 is just noticeable. */
    static double deltaE(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        double delta = 6.0 / 29;
        return t > delta * delta * delta ? Math.cbrt(t) : t / (3 * delta * delta) + 4.0 / 29;
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
