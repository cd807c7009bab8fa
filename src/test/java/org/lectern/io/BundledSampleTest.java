package org.lectern.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Tag;

class BundledSampleTest {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");
    /** Highlights are drawn at this opacity. */
    private static final double HIGHLIGHT_ALPHA = 0.45;
    /** A typical dark-theme text background; lighter than most, so the harder case for white text. */
    private static final String DARK_BACKGROUND = "#2b2b2b";
    private static final double WCAG_AA = 4.5;

    @Test
    void sampleArticleLoadsAndIsLabelledFictional() {
        String text = BundledSample.articleText();
        String firstLine = text.lines().findFirst().orElseThrow();
        assertTrue(firstLine.startsWith("SAMPLE"), firstLine);
        assertTrue(firstLine.toLowerCase().contains("fictional"), firstLine);
        assertTrue(firstLine.contains("invented"), firstLine);
        long words = Pattern.compile("\\s+").splitAsStream(text.strip()).count();
        assertTrue(words >= 900 && words <= 1400, "sample article has " + words + " words");
    }

    @Test
    void sampleArticleHasUnixLineEndingsOnly() throws IOException {
        assertFalse(BundledSample.articleText().contains("\r"));
        try (InputStream in = BundledSample.class.getResourceAsStream(BundledSample.ARTICLE)) {
            assertNotNull(in);
            byte[] raw = in.readAllBytes();
            for (byte b : raw) {
                assertTrue(b != '\r', "the bundled file itself contains a carriage return");
            }
            assertTrue(raw.length > 3 && !(raw[0] == (byte) 0xEF && raw[1] == (byte) 0xBB), "no byte-order mark");
        }
        assertTrue(BundledSample.articleText().contains("\n\n"), "paragraphs are separated by blank lines");
    }

    @Test
    void sampleArticleHasTitleAndMetadata() {
        String title = BundledSample.articleTitle();
        assertFalse(title.isBlank());
        List<String> lines = BundledSample.articleText().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(lines.get(1).strip(), title, "the headline is the first line after the label");

        DocumentMetadata metadata = BundledSample.articleMetadata();
        assertTrue(metadata.source().toLowerCase().contains("lectern sample"), metadata.source());
        assertFalse(metadata.byline().isEmpty());
        assertTrue(metadata.published().matches("\\d{4}-\\d{2}-\\d{2}"), metadata.published());
        assertEquals("", metadata.url());
    }

    @Test
    void nineDefaultTagsWithDistinctKeysNamesAndColours() {
        List<DefaultTag> tags = BundledSample.defaultTags();
        assertEquals(9, tags.size());
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9), tags.stream().map(DefaultTag::key).collect(Collectors.toSet()));
        assertEquals(9, tags.stream().map(t -> t.name().strip().toLowerCase()).distinct().count());
        assertEquals(9, tags.stream().map(t -> t.color().toLowerCase()).distinct().count());
        List<String> expected = List.of("Actor", "Claim", "Evidence", "Quote", "Place", "Date/time", "Event", "Materiel");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), tags.get(i).name());
            assertEquals(i + 1, tags.get(i).key());
        }
        assertEquals(9, tags.get(8).key());
        for (DefaultTag t : tags) {
            assertTrue(COLOR.matcher(t.color()).matches(), t.name() + ": " + t.color());
            String d = t.description();
            assertTrue(d != null && !d.isBlank() && d.endsWith(".") && d.length() <= 160, t.name() + ": " + d);
        }
    }

    @Test
    void defaultTagsBecomeModelTags() {
        Set<UUID> ids = new HashSet<>();
        for (DefaultTag t : BundledSample.defaultTags()) {
            UUID id = UUID.randomUUID();
            Tag tag = t.toTag(id);
            assertEquals(id, tag.id());
            assertEquals(t.name(), tag.name());
            assertEquals(t.color(), tag.color());
            assertEquals(t.key(), tag.key());
            assertEquals(t.description(), tag.description());
            assertTrue(tag.hasKey());
            ids.add(tag.id());
        }
        assertEquals(9, ids.size());
    }

    @Test
    void blackTextStaysReadableOverHighlightsOnWhite() {
        for (DefaultTag t : BundledSample.defaultTags()) {
            double[] highlight = over(rgb(t.color()), rgb("#ffffff"), HIGHLIGHT_ALPHA);
            double ratio = contrast(luminance(highlight), luminance(rgb("#000000")));
            assertTrue(ratio >= WCAG_AA, t.name() + " " + t.color() + ": black text contrast " + ratio);
        }
    }

    @Test
    void whiteTextStaysReadableOverHighlightsOnDarkTheme() {
        for (DefaultTag t : BundledSample.defaultTags()) {
            double[] highlight = over(rgb(t.color()), rgb(DARK_BACKGROUND), HIGHLIGHT_ALPHA);
            double ratio = contrast(luminance(highlight), luminance(rgb("#ffffff")));
            assertTrue(ratio >= WCAG_AA, t.name() + " " + t.color() + ": white text contrast " + ratio);
        }
    }

    @Test
    void contrastFormulaMatchesKnownValues() {
        assertEquals(21.0, contrast(luminance(rgb("#ffffff")), luminance(rgb("#000000"))), 1e-9);
        assertEquals(1.0, contrast(luminance(rgb("#777777")), luminance(rgb("#777777"))), 1e-9);
        // #767676 on white is the well-known threshold grey, just above 4.5.
        assertEquals(4.54, contrast(luminance(rgb("#767676")), luminance(rgb("#ffffff"))), 0.01);
    }

    /** Channels 0–255 of {@code #rrggbb}. */
    private static double[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new double[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }

    /** Source-over compositing of {@code fg} at {@code alpha} on an opaque {@code bg}, in sRGB as browsers and JavaFX do. */
    private static double[] over(double[] fg, double[] bg, double alpha) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = alpha * fg[i] + (1 - alpha) * bg[i];
        }
        return out;
    }

    /** WCAG 2 relative luminance. */
    private static double luminance(double[] rgb) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            lin[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    /** WCAG 2 contrast ratio. */
    private static double contrast(double l1, double l2) {
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }
}
