package org.lectern.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.lectern.store.DocumentPeek;
import org.slf4j.LoggerFactory;

/**
 * What the window shows first at start-up, read before the project is opened: the title of the document it opens
 * on and the start of its text, enough to fill a window.
 */
public record ArticlePreview(String title, String text) {
    /** More than a large screen shows of the article's first page. */
    public static final int CHARACTERS = 8_000;

    /**
     * The preview of the document a project opens on; empty when there is none or the glance fails. Kept from the
     * last close of the same project, unchanged since (see {@link #remember}), else read from the project file.
     */
    public static Optional<ArticlePreview> of(Path project) {
        return ArticlePreviewCache.read(project).or(() -> readFrom(project));
    }

    private static Optional<ArticlePreview> readFrom(Path project) {
        return DocumentPeek.firstDocument(project, CHARACTERS)
                .map(start -> new ArticlePreview(start.title(), start.text()));
    }

    /**
     * Closes {@code session} and keeps the preview of its project for the next start. The preview is read before
     * the close, through the project's own open file (a glance at a closed project would leave SQLite's log files
     * beside it), and kept with the file as the close leaves it. When it cannot be kept, the next start reads the
     * project as before: nothing is lost but time.
     */
    public static void closeRemembering(ProjectSession session) {
        Path project = session.location();
        Optional<ArticlePreview> preview = readFrom(project);
        session.close();
        try {
            ArticlePreviewCache.keep(project, preview);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(ArticlePreview.class).debug("The article's preview was not kept", e);
        }
    }
}
