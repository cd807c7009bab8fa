package org.lectern.io.qda;

/**
 * Drops what XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF): a note pasted
 * from elsewhere may hold them, and a file that no parser accepts would lose the whole exchange.
 */
final class XmlChars {
    private XmlChars() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = isAllowed(c);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
