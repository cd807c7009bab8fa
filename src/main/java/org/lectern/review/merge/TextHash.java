package org.lectern.review.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a document's normalised text, in lower-case hex: the same value as a project file's
 * {@code text_sha256}, so two projects holding the same article agree on it whatever UUIDs they gave it.
 */
final class TextHash {
    private TextHash() {
    }

    static String of(String normalisedText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalisedText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
