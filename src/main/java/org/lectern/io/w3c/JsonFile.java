package org.lectern.io.w3c;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lectern.io.exchange.ExchangeFormatException;

/**
 * Opens an exchange file for streaming JSON reading, within limits: the file may come from anywhere, so its size,
 * nesting and value lengths are capped before they can exhaust memory or the stack. Only JSON trees are built
 * (never objects of types the file names), and every way reading can fail becomes one sentence naming the file.
 */
final class JsonFile {
    static final long MAX_BYTES = 200L * 1024 * 1024;
    /** Annotations nest about eight levels deep (collection, page, items, annotation, target, selector...). */
    private static final int MAX_NESTING = 64;
    /** A quote may be a whole article, but not longer than any article Lectern would hold. */
    private static final int MAX_STRING_CHARS = 16_000_000;
    private static final int MAX_NUMBER_DIGITS = 32;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxStringLength(MAX_STRING_CHARS)
                            .maxNumberLength(MAX_NUMBER_DIGITS)
                            .maxDocumentLength(MAX_BYTES)
                            .build())
                    .build())
            .build();

    /** What to do with the open file. */
    @FunctionalInterface
    interface Reading<T> {
        T readFrom(JsonParser parser, ObjectMapper trees) throws IOException, ExchangeFormatException;
    }

    private JsonFile() {
    }

    static <T> T read(Path file, Reading<T> reading) throws ExchangeFormatException {
        String name = nameOf(file);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ExchangeFormatException(name + " is too large to import (" + size / (1024 * 1024)
                        + " MB, while Lectern reads W3C annotation files of up to " + MAX_BYTES / (1024 * 1024)
                        + " MB).");
            }
            try (InputStream in = Files.newInputStream(file); JsonParser parser = MAPPER.createParser(in)) {
                return reading.readFrom(parser, MAPPER);
            }
        } catch (StreamConstraintsException e) {
            throw new ExchangeFormatException(name + " is not a W3C annotation file Lectern can read: it nests too"
                    + " deeply or holds a value far too long.", e);
        } catch (JsonProcessingException e) {
            throw new ExchangeFormatException(name + " is not valid JSON" + where(e.getLocation()) + ".", e);
        } catch (IOException e) {
            throw new ExchangeFormatException(org.lectern.io.FileTrouble.of(name, e), e);
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (the error is at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
