package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Document;

/**
 * The start of the article kept when the window closes, for the next start to show before it reads the project.
 * It is shown only while the project is exactly as it was left; whatever changed it since (an edit in another
 * Lectern, a copy over it, edits still in the write-ahead log), the preview is read from the project as before,
 * and it always equals what the project itself holds.
 */
class ArticlePreviewCacheTest {
    @TempDir
    Path folder;
    private Path project;

    @BeforeEach
    void aProjectWithTwoDocuments() throws Exception {
        Files.deleteIfExists(ArticlePreviewCache.file()); // (the data folder is this test run's own)
        project = folder.resolve("case.lectern");
        try (ProjectSession session = ProjectSetup.open(project, "Ana")) {
            session.perform(session.edits().addDocument("Harbour counts", DocumentMetadata.EMPTY,
                    "Quay 4 held three ships. " .repeat(500)));
            session.perform(session.edits().addDocument("The later report", DocumentMetadata.EMPTY, "Later."));
        }
    }

    @Test
    void aPreviewKeptAtTheCloseIsTheOneTheProjectHolds() throws Exception {
        closeRemembering(project);

        Optional<ArticlePreview> kept = ArticlePreviewCache.read(project);
        assertTrue(kept.isPresent(), "kept");
        assertEquals(ArticlePreview.of(project), kept);
        assertEquals("Harbour counts", kept.get().title());
        assertEquals(ArticlePreview.CHARACTERS, kept.get().text().length());
    }

    @Test
    void aProjectEditedSinceIsReadAgain() throws Exception {
        closeRemembering(project);
        try (ProjectSession session = ProjectSetup.open(project, "Ana")) {
            Document first = session.state().documents().get(0);
            session.perform(session.edits().editDocumentDetails(first.id(), "Harbour counts, revised",
                    first.metadata()));
        }

        assertEquals(Optional.empty(), ArticlePreviewCache.read(project), "the kept one no longer applies");
        assertEquals("Harbour counts, revised", ArticlePreview.of(project).orElseThrow().title());
    }

    @Test
    void editsStillInTheWriteAheadLogAreShownNotTheKeptPreview() throws Exception {
        closeRemembering(project);
        try (ProjectSession session = ProjectSetup.open(project, "Ana")) {
            Document first = session.state().documents().get(0);
            session.perform(session.edits().editDocumentDetails(first.id(), "Open elsewhere", first.metadata()));
            // The project is open (in another Lectern, say): its file may not hold the edit yet.
            assertEquals("Open elsewhere", ArticlePreview.of(project).orElseThrow().title());
        }
    }

    @Test
    void anotherProjectIsReadFromItsOwnFile() throws Exception {
        closeRemembering(project);
        Path other = folder.resolve("other.lectern");
        try (ProjectSession session = ProjectSetup.open(other, "Ana")) {
            session.perform(session.edits().addDocument("Other", DocumentMetadata.EMPTY, "Other text."));
        }
        assertEquals(new ArticlePreview("Other", "Other text."), ArticlePreview.of(other).orElseThrow());
    }

    @Test
    void theTextOfAProjectDeletedSinceIsForgottenAtTheNextStart() throws Exception {
        closeRemembering(project);
        Files.delete(project);
        Path other = folder.resolve("other.lectern");
        try (ProjectSession session = ProjectSetup.open(other, "Ana")) {
            session.perform(session.edits().addDocument("Other", DocumentMetadata.EMPTY, "Other text."));
        }

        assertEquals("Other", ArticlePreview.of(other).orElseThrow().title());
        assertTrue(Files.notExists(ArticlePreviewCache.file()), "the deleted project's text is not kept");
    }

    @Test
    void aDamagedKeptFileIsPassedOverAndTheProjectRead() throws Exception {
        Files.createDirectories(ArticlePreviewCache.file().getParent());
        Files.writeString(ArticlePreviewCache.file(), "not what Lectern keeps", StandardCharsets.UTF_8);
        assertEquals("Harbour counts", ArticlePreview.of(project).orElseThrow().title());

        byte[] kept = keptBytesOf(project);
        Files.write(ArticlePreviewCache.file(), java.util.Arrays.copyOf(kept, kept.length - 10)); // cut short
        assertEquals(Optional.empty(), ArticlePreviewCache.read(project));
        assertEquals("Harbour counts", ArticlePreview.of(project).orElseThrow().title());
    }

    @Test
    void aProjectWithoutDocumentsKeepsNothing() throws Exception {
        closeRemembering(project);
        Path empty = folder.resolve("empty.lectern");
        closeRemembering(empty);

        assertTrue(Files.notExists(ArticlePreviewCache.file()), "the last one kept is forgotten");
        assertEquals(Optional.empty(), ArticlePreview.of(empty));
    }

    @Test
    void onlyItsOwnerMayReadTheKeptText() throws Exception {
        closeRemembering(project);
        if (Files.getFileStore(ArticlePreviewCache.file()).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(ArticlePreviewCache.file())));
        }
        try (var left = Files.list(ArticlePreviewCache.file().getParent())) {
            assertEquals(0, left.filter(f -> f.getFileName().toString().endsWith(".new")).count(), "no half-written file");
        }
    }

    /** As the window's close does it: the project open, then closed. */
    private static void closeRemembering(Path project) throws ProjectUnavailable {
        ArticlePreview.closeRemembering(ProjectSetup.open(project, "Ana"));
        assertTrue(Files.notExists(project.resolveSibling(project.getFileName() + "-wal")), "nothing left beside it");
    }

    private static byte[] keptBytesOf(Path project) throws Exception {
        closeRemembering(project);
        return Files.readAllBytes(ArticlePreviewCache.file());
    }
}
