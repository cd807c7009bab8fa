package org.lectern.io.qda;

/** Names in a QDA program's lists are one short line: white space runs become one space, long text is cut. */
final class OneLine {
    static final int NAME_LENGTH = 80;

    private OneLine() {
    }

    static String of(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= NAME_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, NAME_LENGTH - 1)) + "…";
    }
}
