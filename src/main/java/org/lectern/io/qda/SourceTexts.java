package org.lectern.io.qda;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.lectern.io.exchange.ExchangeFormatException;

/**
 * Finds the plain text of a source or note: the file an {@code internal://} path names inside the archive's
 * sources folder, or the text written inline. The specification names the folder {@code sources/}; ATLAS.ti
 * writes {@code Sources/}, so both are looked in. Paths to files outside the archive
 * ({@code relative://}, {@code absolute://}, {@code file:}) are not followed: an imported file must not make
 * Lectern read the analyst's disk.
 */
final class SourceTexts {
    private static final String INTERNAL = "internal://";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** The specification's spelling first, then ATLAS.ti's. */
    private static final List<String> FOLDERS = List.of(QdpxExport.SOURCES_FOLDER, "Sources/");

    /** A text, or why there is none. */
    record Found(String text, String problem) {
        static Found text(String text) {
            return new Found(text, null);
        }

        static Found problem(String problem) {
            return new Found(null, problem);
        }

        boolean isFound() {
            return text != null;
        }
    }

    private final QdpxArchive archive;

    SourceTexts(QdpxArchive archive) {
        this.archive = archive;
    }

    Found find(String plainTextPath, Optional<String> inlineText) throws ExchangeFormatException {
        if (plainTextPath == null || plainTextPath.isBlank()) {
            return inlineText.map(Found::text).orElseGet(() -> Found.problem("it has no text"));
        }
        if (!plainTextPath.startsWith(INTERNAL)) {
            return inlineText.map(Found::text).orElseGet(() -> Found.problem("its text is in a file outside the"
                    + " archive (" + plainTextPath + "), which Lectern does not read"));
        }
        String file = plainTextPath.substring(INTERNAL.length());
        String name = QdpxExport.SOURCES_FOLDER + file;
        if (QdpxArchive.escapesItsFolder(name)) {
            return Found.problem("its text path " + plainTextPath + " points outside the archive");
        }
        for (String folder : FOLDERS) {
            Optional<byte[]> bytes = archive.read(folder + file);
            if (bytes.isPresent()) {
                return decode(bytes.get(), folder + file);
            }
        }
        return inlineText.map(Found::text)
                .orElseGet(() -> Found.problem("its text file " + file + " is not in the archive"));
    }

    /** Strict UTF-8, as REFI-QDA prescribes: a file in another encoding would put every position astray. */
    private static Found decode(byte[] bytes, String name) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Found.text(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Found.problem("its text file " + name + " is not UTF-8");
        }
    }
}
