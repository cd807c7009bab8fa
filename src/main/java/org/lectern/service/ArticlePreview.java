package org.lectern.service;

import java.nio.file.Path;
import java.util.Optional;
import org.lectern.store.DocumentPeek;

/**
 * What the window shows first at start-up, read before the project is opened: the title of the document it opens
 * on and the start of its text, enough to fill a window.
 */
public record ArticlePreview(String title, String text) {
    /** More than a large screen shows of the article's first page. */
    public static final int CHARACTERS = 8_000;

    /** The preview of the document a project opens on; empty when there is none or the glance fails. */
    public static Optional<ArticlePreview> of(Path project) {
        return DocumentPeek.firstDocument(project, CHARACTERS)
                .map(start -> new ArticlePreview(start.title(), start.text()));
    }
}
