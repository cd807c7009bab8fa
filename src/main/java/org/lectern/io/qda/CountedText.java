package org.lectern.io.qda;

import java.util.Locale;

/**
 * A source's text as the program that wrote the project counted its positions.
 *
 * <p>REFI-QDA positions count the characters (code points) of the plain text file in the archive, after any byte
 * order mark; a CRLF is two characters, as NVivo and MAXQDA on Windows count it. ATLAS.ti writes its text files
 * with CRLF but counts each line break as one character, as QualCoder's importer found; for a project whose
 * {@code origin} names ATLAS.ti the positions are therefore counted on the text with LF line breaks.
 */
final class CountedText {
    private CountedText() {
    }

    static String of(String text, String origin) {
        return countsLineBreakAsOne(origin) ? text.replace("\r\n", "\n") : text;
    }

    static boolean countsLineBreakAsOne(String origin) {
        return origin != null && origin.toUpperCase(Locale.ROOT).contains("ATLAS.TI");
    }
}
