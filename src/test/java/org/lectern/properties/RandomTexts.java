package org.lectern.properties;

import java.util.ArrayList;
import java.util.List;
import org.lectern.text.CodePoints;

/**
 * Texts as analysts meet them: articles saved by other programs (Windows line ends, runs of blank lines, spaces at
 * line ends, a byte order mark), in several scripts, with characters outside the Basic Multilingual Plane (emoji,
 * mathematical letters, flags, ZWJ sequences) and combining marks; notes, names and statements; analysts' names.
 * The simplest choice of each is plain: one ASCII letter, LF line ends, no note.
 */
final class RandomTexts {
    private static final List<String> LETTERS = List.of("a", "b", "e", "n", "o", "r", "s", "t", "E", "é", "ñ", "ß",
            "Ж", "λ", "ب", "漢", "字", "1", ",", ".", "’", "«", "»", "—");
    /** A letter and the marks that combine with it: one character to a reader, several code points. */
    private static final List<String> MARKED = List.of("e\u0301", "a\u0308", "o\u0302\u0323", "n\u0303",
            "\u0915\u093F", "\u30A2\u3099");
    /** Outside the Basic Multilingual Plane: two UTF-16 chars each, or more for sequences. */
    private static final List<String> ASTRAL = List.of("😀", "𝔹", "𠜎", "🙂", "🇪🇸", "👩\u200D🔬", "👍🏽");
    private static final List<String> LINE_ENDS = List.of("\n", "\r\n", "\r");
    private static final List<String> TRAILING = List.of(" ", "  ", "\t", " \u00A0");
    private static final List<String> ANALYSTS = List.of("Ana Reyes", "Ben Okafor", "Chloé Dubois",
            "Đặng Thu Thảo", "Ömer Yılmaz", "Zoë 🙂 Hart");

    private RandomTexts() {
    }

    /** One character as a reader sees it: usually a letter, sometimes marked, sometimes astral. */
    static String character(Draw draw) {
        int kind = draw.below(100);
        if (kind < 70) {
            return draw.oneOf(LETTERS);
        }
        return kind < 85 ? draw.oneOf(MARKED) : draw.oneOf(ASTRAL);
    }

    static String word(Draw draw) {
        return String.join("", draw.list(1, 6, 50, RandomTexts::character));
    }

    /** A few words on one line, separated by a space (now and then two, or a tab). */
    static String words(Draw draw, int max) {
        List<String> words = draw.list(1, max, 60, RandomTexts::word);
        StringBuilder line = new StringBuilder(words.get(0));
        for (int i = 1; i < words.size(); i++) {
            line.append(draw.maybe(10) ? draw.oneOf(List.of("  ", "\t")) : " ").append(words.get(i));
        }
        return line.toString();
    }

    /**
     * An article as a file holds it, never blank: paragraphs of lines, separated by runs of one to five blank
     * lines (which may hold spaces); line ends LF, CRLF or a mix with lone CRs; spaces at some line ends.
     */
    static String article(Draw draw) {
        int style = draw.below(3); // 0: LF, 1: CRLF, 2: each line end drawn
        StringBuilder text = new StringBuilder();
        if (draw.maybe(5)) {
            text.append('\uFEFF');
        }
        if (draw.maybe(10)) {
            text.append(lineEnd(draw, style));
        }
        List<List<String>> paragraphs = draw.list(1, 3, 50, d -> d.list(1, 3, 40, RandomTexts::line));
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                int blankLines = draw.between(1, 5);
                for (int i = 0; i < blankLines; i++) {
                    text.append(draw.maybe(20) ? draw.oneOf(TRAILING) : "").append(lineEnd(draw, style));
                }
            }
            for (String line : paragraphs.get(p)) {
                text.append(line).append(lineEnd(draw, style));
            }
        }
        if (draw.maybe(15)) {
            text.append(lineEnd(draw, style));
        }
        return text.toString();
    }

    private static String line(Draw draw) {
        String line = words(draw, 6);
        return draw.maybe(25) ? line + draw.oneOf(TRAILING) : line;
    }

    private static String lineEnd(Draw draw, int style) {
        return style == 2 ? draw.oneOf(LINE_ENDS) : LINE_ENDS.get(style);
    }

    /**
     * The same article with a small difference, as another site or an updated version carries it: a word put in
     * somewhere (never between the CR and LF of one line end).
     */
    static String variant(Draw draw, String raw) {
        CodePoints points = CodePoints.of(raw);
        int at = points.toCharOffset(draw.below(points.codePointLength() + 1));
        if (at > 0 && at < raw.length() && raw.charAt(at - 1) == '\r' && raw.charAt(at) == '\n') {
            at--;
        }
        return raw.substring(0, at) + word(draw) + " " + raw.substring(at);
    }

    /** A note as typed in the note field: none, or a few lines, possibly with spaces around them. */
    static String note(Draw draw) {
        if (!draw.maybe(50)) {
            return "";
        }
        String note = String.join("\n", draw.list(1, 3, 30, d -> words(d, 5)));
        return draw.maybe(15) ? " " + note + " " : note;
    }

    /** Two or three different analysts' names. */
    static List<String> analysts(Draw draw, int min, int max) {
        List<String> pool = new ArrayList<>(ANALYSTS);
        List<String> chosen = new ArrayList<>();
        int count = draw.between(min, max);
        while (chosen.size() < count) {
            chosen.add(pool.remove(draw.below(pool.size())));
        }
        return chosen;
    }

    /** A passage of a text, {@code [start, end)} in UTF-16 chars, on code point boundaries; null for an empty text. */
    static int[] passage(Draw draw, String text, int maxCodePoints) {
        CodePoints points = CodePoints.of(text);
        int length = points.codePointLength();
        if (length == 0) {
            return null;
        }
        int start = draw.below(length);
        int end = start + 1 + draw.below(Math.min(maxCodePoints, length - start));
        return new int[] {points.toCharOffset(start), points.toCharOffset(end)};
    }

    /** Text with its line ends, tabs and invisible characters spelled out, for a failure report. */
    static String shown(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                case '"' -> shown.append("\\\"");
                case '\\' -> shown.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0xA0 || c == 0xFEFF || c == 0x200D || Character.getType(c) == Character.NON_SPACING_MARK) {
                        shown.append(String.format("\\u%04X", c));
                    } else {
                        shown.appendCodePoint(c);
                    }
                }
            }
        });
        return shown.append('"').toString();
    }
}
