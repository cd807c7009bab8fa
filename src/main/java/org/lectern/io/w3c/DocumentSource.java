package org.lectern.io.w3c;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.lectern.model.Document;

/**
 * The IRI that names a document as an annotation's {@code target.source}: its URL when it has one, otherwise a
 * URN made from the SHA-256 of its normalised text. The URN is the same in every project holding the same
 * text, so colleagues' files find the article again even though each project gave it its own UUID.
 */
public final class DocumentSource {
    public static final String URN_PREFIX = "urn:lectern:document:";

    private DocumentSource() {
    }

    public static String of(Document document) {
        String url = document.metadata().url();
        return url.isEmpty() ? urnOf(document.text()) : url;
    }

    public static String urnOf(String text) {
        return URN_PREFIX + sha256Hex(text);
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes, as the project file's {@code text_sha256} column. */
    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The text hash a {@code urn:lectern:document:} source carries, lower case; null for any other source. */
    static String hashIn(String source) {
        if (source == null || !source.regionMatches(true, 0, URN_PREFIX, 0, URN_PREFIX.length())) {
            return null;
        }
        return source.substring(URN_PREFIX.length()).toLowerCase(Locale.ROOT);
    }
}
