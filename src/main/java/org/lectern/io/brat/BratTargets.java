package org.lectern.io.brat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a brat export writes its {@code .txt}/{@code .ann} pairs. The target is a base name: {@code report} (or
 * {@code report.txt}, {@code report.ann}) gives {@code report.txt} and {@code report.ann} for one document, and
 * {@code report-1.txt}, {@code report-1.ann}, {@code report-2.txt}… for several, numbered in export order. A
 * target that is an existing folder gets the pair(s) inside it, named after the first document's title.
 */
final class BratTargets {
    private static final int MAX_NAME_LENGTH = 80;

    private final Path base;
    private final boolean numbered;

    BratTargets(Path target, String firstDocumentTitle, int documentCount) {
        this.base = Files.isDirectory(target) ? target.resolve(fileNameOf(firstDocumentTitle))
                : withoutExtension(target);
        this.numbered = documentCount > 1;
    }

    Path text(int index) {
        return file(index, ".txt");
    }

    Path annotations(int index) {
        return file(index, ".ann");
    }

    /** @param index 0-based position of the document in the export */
    private Path file(int index, String extension) {
        String name = base.getFileName() + (numbered ? "-" + (index + 1) : "") + extension;
        return base.resolveSibling(name);
    }

    private static Path withoutExtension(Path target) {
        String name = target.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".ann")) {
            return target.resolveSibling(name.substring(0, name.length() - 4));
        }
        return target;
    }

    /** A title made safe as a file name on every system. */
    static String fileNameOf(String title) {
        String name = title.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH)).strip();
        }
        return name.isEmpty() || name.startsWith(".") ? "document" : name;
    }
}
