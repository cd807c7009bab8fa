package org.lectern.io.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fonts to embed in a PDF report. The PDF base-14 fonts that openhtmltopdf falls back on cover little beyond
 * Western European text, so where DejaVu is installed (most Linux systems) the report embeds it, subset; where
 * it is not, the report still renders with the built-in fonts and missing glyphs show as boxes or #.
 * The build never depends on a font being present.
 */
final class PdfFonts {
    /** A font file and the CSS family, weight and style it answers to. */
    record Face(Path file, String family, int weight, FontStyle style) {
    }

    private static final List<Path> FONT_FOLDERS = List.of(Path.of("/usr/share/fonts"),
            Path.of("/usr/local/share/fonts"), Path.of("/Library/Fonts"), Path.of("C:\\Windows\\Fonts"));
    private static final Map<String, Face> WANTED = Map.of(
            "DejaVuSerif.ttf", face("DejaVu Serif", 400, FontStyle.NORMAL),
            "DejaVuSerif-Bold.ttf", face("DejaVu Serif", 700, FontStyle.NORMAL),
            "DejaVuSerif-Italic.ttf", face("DejaVu Serif", 400, FontStyle.ITALIC),
            "DejaVuSerif-BoldItalic.ttf", face("DejaVu Serif", 700, FontStyle.ITALIC),
            "DejaVuSans.ttf", face("DejaVu Sans", 400, FontStyle.NORMAL),
            "DejaVuSans-Bold.ttf", face("DejaVu Sans", 700, FontStyle.NORMAL),
            "DejaVuSans-Oblique.ttf", face("DejaVu Sans", 400, FontStyle.ITALIC),
            "DejaVuSans-BoldOblique.ttf", face("DejaVu Sans", 700, FontStyle.ITALIC));
    private static final int FOLDER_DEPTH = 5;
    private static volatile PdfFonts installed;

    private final List<Face> faces;

    PdfFonts(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    /** No fonts of its own: the PDF uses openhtmltopdf's built-in base-14 fonts. */
    static PdfFonts builtInOnly() {
        return new PdfFonts(List.of());
    }

    /** The DejaVu fonts found on this machine, looked for once per run. */
    static PdfFonts installed() {
        PdfFonts fonts = installed;
        if (fonts == null) {
            fonts = new PdfFonts(find(FONT_FOLDERS));
            installed = fonts;
        }
        return fonts;
    }

    static List<Face> find(List<Path> folders) {
        Map<String, Face> found = new HashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, FOLDER_DEPTH)) {
                files.forEach(file -> {
                    String name = file.getFileName().toString();
                    Face wanted = WANTED.get(name);
                    if (wanted != null && !found.containsKey(name) && Files.isReadable(file)) {
                        found.put(name, new Face(file, wanted.family(), wanted.weight(), wanted.style()));
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // An unreadable font folder only means fewer fonts; the built-in ones remain.
            }
        }
        return List.copyOf(found.values());
    }

    List<Face> faces() {
        return faces;
    }

    void registerWith(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(face.file().toFile(), face.family(), face.weight(), face.style(), true);
            if (face.family().equals("DejaVu Sans") && face.weight() == 400 && face.style() == FontStyle.NORMAL) {
                // The plain sans face also stands in for any glyph the chosen font lacks.
                builder.useFont(face.file().toFile(), face.family(), face.weight(), face.style(), true,
                        EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
            }
        }
    }

    private static Face face(String family, int weight, FontStyle style) {
        return new Face(null, family, weight, style);
    }
}
