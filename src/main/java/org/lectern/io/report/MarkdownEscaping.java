package org.lectern.io.report;

import java.util.regex.Pattern;

/**
 * Makes analysts' and authors' text literal in Markdown (CommonMark and GitHub's flavour): every character that
 * could start markup is backslash-escaped, so article text cannot become a link, an image, raw HTML, emphasis, a
 * highlight, a heading or a list.
 */
final class MarkdownEscaping {
    /** Characters that can open or close inline markup, raw HTML, autolinks, tables or highlights. */
    private static final String INLINE_SPECIALS = "\\`*_[]<>#|~=^&!{}$";
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d+)([.)])");

    private MarkdownEscaping() {
    }

    /**
     * {@code text} escaped for running text. Line breaks stay line breaks (hard breaks, so the reader sees the
     * article's lines); indentation is dropped so that no line turns into a code block.
     */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int lineStart = 0;
        while (true) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            out.append(line(text.substring(lineStart, lineEnd), lineStart != 0));
            if (newline < 0) {
                return out.toString();
            }
            out.append("\\\n");
            lineStart = newline + 1;
        }
    }

    /** Text for one table cell, heading or list item: escaped, on one line. */
    static String oneLine(String text) {
        return inline(text.replace("\r", "").replaceAll("\\s*\n\\s*", " ").strip());
    }

    /**
     * One line escaped. Only a line that begins a Markdown line can start a list, so "- ", "+ " and "12. " are
     * escaped there; the first line of a run may follow other text, but escaping it too is harmless.
     */
    private static String line(String line, boolean startsMarkdownLine) {
        String stripped = startsMarkdownLine ? line.stripLeading() : line;
        StringBuilder out = new StringBuilder(stripped.length() + 8);
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        String lead = escaped.stripLeading();
        if (lead.startsWith("-") || lead.startsWith("+")) {
            return escaped.substring(0, escaped.length() - lead.length()) + "\\" + lead;
        }
        return LIST_NUMBER.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
