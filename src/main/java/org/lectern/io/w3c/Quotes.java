package org.lectern.io.w3c;

import java.util.regex.Pattern;

/** Quoted text as the analyst reads it in a message: on one line, in curly quotes, cut short if long. */
final class Quotes {
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final int SHOWN_CHARS = 40;

    private Quotes() {
    }

    static String quoted(String text) {
        String oneLine = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
        if (oneLine.length() > SHOWN_CHARS) {
            int cut = Character.isHighSurrogate(oneLine.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
            oneLine = oneLine.substring(0, cut).stripTrailing() + "…";
        }
        return "“" + oneLine + "”";
    }
}
