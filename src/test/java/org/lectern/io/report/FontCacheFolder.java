package org.lectern.io.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PDFBox writes its font cache into the folder named by {@code pdfbox.fontcache} only if that folder exists;
 * otherwise it falls back to the home folder and then the temporary folder. Surefire names a folder under the
 * build directory, so every test class that makes a PDF creates it first.
 */
final class FontCacheFolder {
    private FontCacheFolder() {
    }

    static Path prepare() {
        String folder = System.getProperty("pdfbox.fontcache");
        if (folder == null || folder.isBlank()) {
            throw new IllegalStateException("Run the tests through Maven: surefire sets pdfbox.fontcache");
        }
        try {
            return Files.createDirectories(Path.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
