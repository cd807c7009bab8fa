package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stamp;

/**
 * The document list keeps the project's order — when each article was added, then its title — whatever order the
 * rows lie in the file (an undone removal puts an old article's row back at the end).
 */
class DocumentOrderTest {
    @TempDir
    Path folder;

    @Test
    void documentsComeInTheOrderTheyWereAddedThenByTitleWhateverOrderTheirRowsLieIn() throws Exception {
        Instant monday = Instant.parse("2026-11-23T09:00:00Z");
        Instant tuesday = Instant.parse("2026-11-24T09:00:00Z");
        Document latest = document("Aardvark sightings", tuesday);
        Document beta = document("Beta report", monday);
        Document alpha = document("Alpha report", monday);
        try (ProjectStore store = ProjectFiles.create(folder.resolve("order.lectern"))) {
            store.write(List.of(Change.created(latest), Change.created(beta), Change.created(alpha)));

            assertEquals(List.of(alpha, beta, latest), store.load().documents());
            assertEquals(List.of(alpha, beta, latest), store.loadOutline().withoutAnnotations().documents());
        }
    }

    private static Document document(String title, Instant added) {
        return new Document(UUID.randomUUID(), title, DocumentMetadata.EMPTY, "Text of " + title + ".",
                new Stamp("Ada Lovelace", added, added));
    }
}
