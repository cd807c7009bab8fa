package org.lectern.service;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The start of the last project's first document, kept in Lectern's data folder when the window closes, so that
 * the next start shows it without reading the project: SQLite's driver takes 100–300 ms to load and start, which
 * the first frame would otherwise wait for. It is used only while the project file is exactly as it was left
 * (the same size and time of last change, and no write-ahead log beside it holding later edits); any other
 * project, or the same one changed since, is read from its file as before. One preview is kept, of one project,
 * readable by its owner only.
 */
final class ArticlePreviewCache {
    static final String FILE_NAME = "last-article-preview";
    private static final int MAGIC = 0x4C505631; // "LPV1"
    private static final int MAX_TEXT_BYTES = ArticlePreview.CHARACTERS * 4; // UTF-8: at most 4 bytes a character

    private ArticlePreviewCache() {
    }

    static Path file() {
        return AppFolders.dataHome().resolve(FILE_NAME);
    }

    /** The preview kept for {@code project}, if the project is as it was when it was kept. */
    static Optional<ArticlePreview> read(Path project) {
        Path kept = file();
        if (!Files.isRegularFile(kept)) {
            return Optional.empty();
        }
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(kept));
             DataInputStream in = new DataInputStream(bytes)) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            String keptFor = in.readUTF();
            if (!keptFor.equals(key(project))) {
                forgetIfGone(kept, keptFor);
                return Optional.empty();
            }
            if (in.readLong() != sizeOf(project) || in.readLong() != changedAt(project) || holdsLaterEdits(project)) {
                return Optional.empty();
            }
            String title = in.readUTF();
            int length = in.readInt();
            if (length < 0 || length > MAX_TEXT_BYTES) {
                return Optional.empty();
            }
            byte[] text = in.readNBytes(length);
            if (text.length != length || in.read() != -1) {
                return Optional.empty(); // cut short, or more than was written
            }
            return Optional.of(new ArticlePreview(title, new String(text, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // read from the project instead
        }
    }

    /**
     * Keeps {@code preview} as that of {@code project} as the file is now (or forgets the kept one when there is
     * none to keep). Written beside and moved into place, so a start never reads half a file.
     */
    static void keep(Path project, Optional<ArticlePreview> preview) throws IOException {
        Path kept = file();
        if (preview.isEmpty() || holdsLaterEdits(project)) {
            Files.deleteIfExists(kept);
            return;
        }
        Files.createDirectories(kept.getParent());
        Path fresh = Files.createTempFile(kept.getParent(), FILE_NAME, ".new");
        try {
            ownerOnly(fresh);
            byte[] text = preview.get().text().getBytes(StandardCharsets.UTF_8);
            try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(fresh));
                 DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeUTF(key(project));
                out.writeLong(sizeOf(project));
                out.writeLong(changedAt(project));
                out.writeUTF(preview.get().title());
                out.writeInt(text.length);
                out.write(text);
            }
            try {
                Files.move(fresh, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, kept, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    /**
     * The project the kept text came from is gone (deleted, say, with the case it held): its text goes too, rather
     * than stay in the data folder until another project is closed.
     */
    private static void forgetIfGone(Path kept, String keptFor) {
        try {
            if (Files.notExists(Path.of(keptFor))) {
                Files.deleteIfExists(kept);
            }
        } catch (IOException | RuntimeException e) {
            // Forgotten at the next close instead.
        }
    }

    private static String key(Path project) {
        return project.toAbsolutePath().normalize().toString();
    }

    private static long sizeOf(Path project) throws IOException {
        return Files.size(project);
    }

    private static long changedAt(Path project) throws IOException {
        return Files.getLastModifiedTime(project).to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** Edits committed to the write-ahead log are not in the file yet: the preview may not show them. */
    private static boolean holdsLaterEdits(Path project) throws IOException {
        Path wal = project.resolveSibling(project.getFileName() + "-wal");
        return Files.exists(wal) && Files.size(wal) > 0;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder under %APPDATA% is the user's own already.
        }
    }
}
