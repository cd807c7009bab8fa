package org.lectern.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Articles to import and the means to prove a file was left alone. */
final class TestFiles {
    static final String PLAIN_TEXT = """
            Ministry denies harbour seizure

            The ministry said on Tuesday that no vessel had been held at the port of Varno.
            A spokesperson called the reports "fabricated".
            """;

    static final String WEB_PAGE = """
            <!doctype html>
            <html><head>
              <title>Port report | The Gazette</title>
              <meta property="og:title" content="Crates of rifles found at Varno">
              <meta name="author" content="A. Writer">
            </head><body>
              <nav>Home · World · Sport</nav>
              <article>
                <h1>Crates of rifles found at Varno</h1>
                <p>Customs officers opened forty crates on Monday.</p>
                <p>Serial numbers matched a lot reported missing in 2021.</p>
              </article>
            </body></html>
            """;

    private TestFiles() {
    }

    static Path write(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    static Path writeBinary(Path folder, String name) throws IOException {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        return Files.write(folder.resolve(name), bytes);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
