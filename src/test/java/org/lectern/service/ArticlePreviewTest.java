package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;

/**
 * The glance at a project that the first frame shows: the document the window opens on (the earliest added), and
 * nothing at all, with the file left as it was, when the file is not a project or holds no document.
 */
class ArticlePreviewTest {
    @TempDir
    Path folder;

    @Test
    void itShowsTheStartOfTheDocumentTheWindowOpensOn() throws Exception {
        Path project = folder.resolve("case.lectern");
        String longText = "Quay ".repeat(3_000);
        try (ProjectSession session = ProjectSetup.open(project, "Ana")) {
            session.perform(session.edits().addDocument("Harbour counts", DocumentMetadata.EMPTY, longText));
            session.perform(session.edits().addDocument("The later report", DocumentMetadata.EMPTY, "Later."));
        }
        ArticlePreview preview = ArticlePreview.of(project).orElseThrow();

        try (ProjectSession session = ProjectSetup.open(project, "Ana")) {
            // The window opens on the first document of the project as opened.
            var opensOn = session.state().documents().get(0);
            assertEquals(opensOn.title(), preview.title());
            assertEquals(opensOn.text().substring(0, Math.min(opensOn.text().length(), ArticlePreview.CHARACTERS)),
                    preview.text());
        }
        assertEquals("Harbour counts", preview.title());
        assertEquals(longText.substring(0, ArticlePreview.CHARACTERS), preview.text(), "its first characters");
    }

    @Test
    void aProjectWithoutDocumentsHasNoPreview() throws Exception {
        Path project = folder.resolve("empty.lectern");
        ProjectSetup.open(project, "Ana").close();

        assertEquals(Optional.empty(), ArticlePreview.of(project));
    }

    @Test
    void aFileThatIsNoProjectHasNoPreviewAndIsLeftAsItWas() throws Exception {
        Path notes = folder.resolve("notes.lectern");
        byte[] content = "Meeting notes, not a project.".getBytes(StandardCharsets.UTF_8);
        Files.write(notes, content);

        assertEquals(Optional.empty(), ArticlePreview.of(notes));
        assertEquals(Optional.empty(), ArticlePreview.of(folder.resolve("missing.lectern")));
        assertArrayEquals(content, Files.readAllBytes(notes));
        assertEquals(false, Files.exists(folder.resolve("missing.lectern")), "no file made where there was none");
    }
}
