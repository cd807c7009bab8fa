package org.lectern.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Where the window was and how its panes were divided, kept between sessions. */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                           double[] dividers) {
    public WindowLayout {
        dividers = dividers.clone();
    }

    /** Below this the side panels' tables and the article no longer have room for a few rows each. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 700;

    /**
     * This layout made to fit a screen whose visible area is the given rectangle: never smaller than
     * {@link #MIN_WIDTH} × {@link #MIN_HEIGHT} (unless the screen itself is smaller), never larger than the
     * screen, and moved wholly onto it — a window saved on a monitor since unplugged comes back where it can be
     * seen and grabbed.
     */
    public WindowLayout fittedTo(double screenX, double screenY, double screenWidth, double screenHeight) {
        double fittedWidth = Math.min(Math.max(width, MIN_WIDTH), screenWidth);
        double fittedHeight = Math.min(Math.max(height, MIN_HEIGHT), screenHeight);
        double fittedX = Math.max(screenX, Math.min(x, screenX + screenWidth - fittedWidth));
        double fittedY = Math.max(screenY, Math.min(y, screenY + screenHeight - fittedHeight));
        return new WindowLayout(fittedX, fittedY, fittedWidth, fittedHeight, maximized, dividers);
    }

    String format() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width,
                height, maximized));
        for (double divider : dividers) {
            text.append(',').append(String.format(Locale.ROOT, "%.4f", divider));
        }
        return text.toString();
    }

    /** A damaged or foreign value is ignored: the window then opens at its default size. */
    static Optional<WindowLayout> parse(String text) {
        String[] parts = text.split(",");
        if (parts.length < 5) {
            return Optional.empty();
        }
        try {
            double[] dividers = Arrays.stream(parts, 5, parts.length).mapToDouble(Double::parseDouble).toArray();
            WindowLayout layout = new WindowLayout(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]),
                    dividers);
            boolean finite = Double.isFinite(layout.x()) && Double.isFinite(layout.y())
                    && Double.isFinite(layout.width()) && Double.isFinite(layout.height());
            return finite && layout.width() > 0 && layout.height() > 0 ? Optional.of(layout) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WindowLayout that && x == that.x && y == that.y && width == that.width
                && height == that.height && maximized == that.maximized && Arrays.equals(dividers, that.dividers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, y, width, height, maximized) * 31 + Arrays.hashCode(dividers);
    }
}
