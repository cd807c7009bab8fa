package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;

/**
 * Projects let go by the window are closed in the background; opening a project waits for those closes
 * ({@code awaitAll}), and then finds each project closed, whole and free to open.
 */
class ProjectClosingTest {
    @TempDir
    Path folder;

    @Test
    void waitingForClosesReturnsOnlyOnceEveryProjectLetGoIsClosedWholeAndFreeToOpen() throws Exception {
        ExecutorService closer = Executors.newSingleThreadExecutor();
        CountDownLatch slowDisk = new CountDownLatch(1);
        closer.execute(() -> {
            try {
                slowDisk.await(); // the closes queue behind this until the test lets them run
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ProjectClosing closing = new ProjectClosing(closer);
        List<Path> files = List.of(folder.resolve("first.lectern"), folder.resolve("second.lectern"));
        for (Path file : files) {
            ProjectSession session = ProjectSetup.open(file, "Ana");
            session.perform(session.edits().addDocument(file.getFileName().toString(), DocumentMetadata.EMPTY,
                    "The harbour authority denied it."));
            closing.closeLater(session);
        }

        Thread opening = new Thread(closing::awaitAll);
        opening.start();
        opening.join(300);
        assertTrue(opening.isAlive(), "opening waits while the closes are held up");
        slowDisk.countDown();
        opening.join();

        for (Path file : files) {
            assertFalse(Files.exists(file.resolveSibling(file.getFileName() + "-wal")),
                    () -> file.getFileName() + ": its write-ahead log folded into the file");
            try (ProjectSession again = ProjectSetup.open(file, "Ben")) {
                assertEquals(List.of(file.getFileName().toString()),
                        again.state().documents().stream().map(d -> d.title()).toList());
            }
        }
        closer.shutdown();
    }
}
