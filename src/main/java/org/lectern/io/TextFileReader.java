package org.lectern.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a file as UTF-8 text, refusing, with a sentence the analyst can act on, anything that is
 * not: a missing or unreadable file, an oversized one, an empty one, binary data, UTF-16, or bytes
 * that are not valid UTF-8. Decoding is strict on purpose: silently replacing bad bytes with
 * "?" would store a corrupted article that every later annotation would be anchored to.
 */
final class TextFileReader {
    private static final Logger LOG = LoggerFactory.getLogger(TextFileReader.class);
    /** How much of the file is looked at to tell binary data from text. */
    static final int SNIFF_LENGTH = 8 * 1024;
    /** Text has next to no control bytes; binary data has many. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    private final long maxBytes;

    TextFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    String read(Path file) throws ImportException {
        String name = displayName(file);
        byte[] bytes = readBytes(file, name);
        if (bytes.length == 0) {
            throw new ImportException(name + " is empty: there is no text to annotate.");
        }
        refuseNonText(bytes, name);
        String text = decodeUtf8(bytes, name);
        if (text.isBlank() || (text.charAt(0) == '\uFEFF' && text.substring(1).isBlank())) {
            throw new ImportException(name + " contains only blank space: there is no text to annotate.");
        }
        return text;
    }

    static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private byte[] readBytes(Path file, String name) throws ImportException {
        if (Files.isDirectory(file)) {
            throw new ImportException(name + " is a folder, not a file: choose a file to import.");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ImportException(String.format(Locale.ENGLISH,
                        "%s is too large to import (%.1f MB): Lectern imports files of up to %.0f MB.",
                        name, size / BYTES_PER_MB, maxBytes / BYTES_PER_MB));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            if (!(e instanceof NoSuchFileException || e instanceof AccessDeniedException)) {
                LOG.warn("Reading {} failed", file, e); // a cause the analyst's sentence cannot name
            }
            throw new ImportException(FileTrouble.of(name, e), e);
        }
    }

    private static void refuseNonText(byte[] bytes, String name) throws ImportException {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new ImportException(name + " is saved as UTF-16 text, which Lectern does not read."
                    + " Save it as UTF-8 and try again.");
        }
        if (looksBinary(bytes)) {
            throw new ImportException(name + " is not a text file Lectern can read: it looks like binary data.");
        }
    }

    /** NUL bytes never occur in UTF-8 text; other control bytes only rarely (tab, newline, form feed aside). */
    static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF_LENGTH);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
                controls++;
            }
        }
        return controls > length * MAX_CONTROL_SHARE;
    }

    private static boolean startsWith(byte[] bytes, int first, int second) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
    }

    /** Decodes strictly, naming the first bad byte (counted from 1) so the analyst can find it. */
    static String decodeUtf8(byte[] bytes, String name) throws ImportException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ImportException(String.format(Locale.ENGLISH,
                    "%s is not valid UTF-8 text (a byte at position %,d cannot be read). Save it as UTF-8 and try again.",
                    name, in.position() + 1L));
        }
        return out.flip().toString();
    }
}
