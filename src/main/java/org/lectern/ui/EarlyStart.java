package org.lectern.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.ArticlePreview;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.service.ProjectUnavailable;

/**
 * What Lectern starts before JavaFX does, on a thread of its own beside the toolkit's start: a glance at the
 * project's first document for the first frame, then, once that frame is out, the opening of the project. Only when the analyst's name is
 * known already; on the first start it is asked first, and the project is opened under it afterwards.
 */
final class EarlyStart {
    private final AnalystPreferences preferences;
    private final CompletableFuture<Optional<ArticlePreview>> preview;
    private final CompletableFuture<ProjectSession> opening;
    private boolean unusedClosed;

    private final CountDownLatch firstFrameOut;

    private EarlyStart(AnalystPreferences preferences, CompletableFuture<Optional<ArticlePreview>> preview,
            CompletableFuture<ProjectSession> opening, CountDownLatch firstFrameOut) {
        this.preferences = preferences;
        this.preview = preview;
        this.opening = opening;
        this.firstFrameOut = firstFrameOut;
    }

    /** The first frame is out (or none is waited for): the project may be opened now. */
    void openNow() {
        firstFrameOut.countDown();
    }

    static EarlyStart begin(Path project) {
        AnalystPreferences preferences = AnalystPreferences.forUser();
        Optional<String> analyst = preferences.analyst();
        if (analyst.isEmpty()) {
            return new EarlyStart(preferences, CompletableFuture.completedFuture(Optional.empty()), null,
                    new CountDownLatch(0));
        }
        CompletableFuture<Optional<ArticlePreview>> preview = new CompletableFuture<>();
        CompletableFuture<ProjectSession> opening = new CompletableFuture<>();
        CountDownLatch firstFrameOut = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            preview.complete(glance(project));
            LecternApp.step("preview of the article read (on its own thread)");
            // While the window's thread starts JavaFX and shows the first frame, a head start on the rest.
            ClassPreloading classes = ClassPreloading.ofWindow();
            classes.loadUntil(firstFrameOut);
            LecternApp.step("classes loaded ahead (on its own thread)");
            try {
                // The two cores go to starting JavaFX and showing the first frame; then the project is opened,
                // beside the building of the rest of the window.
                firstFrameOut.await();
                LecternApp.step("opening the project (on its own thread)");
                opening.complete(ProjectSetup.open(project, analyst.get()));
                LecternApp.step("project opened (on its own thread)");
                // The window's thread is building the window meanwhile: what it has still to load is loaded here,
                // and what it has still to verify, verified.
                classes.loadRest();
                LecternApp.step("the rest of the window's classes loaded (on its own thread)");
                classes.linkAll();
                LecternApp.step("the window's classes linked (on its own thread)");
            } catch (ProjectUnavailable | RuntimeException | Error e) {
                opening.completeExceptionally(e);
            } catch (InterruptedException e) {
                opening.completeExceptionally(e);
            }
        }, "Lectern project opening");
        thread.setDaemon(true);
        thread.start();
        return new EarlyStart(preferences, preview, opening, firstFrameOut);
    }

    private static Optional<ArticlePreview> glance(Path project) {
        try {
            return ArticlePreview.of(project);
        } catch (RuntimeException e) {
            return Optional.empty(); // the opening will find what is wrong, and say it
        }
    }

    AnalystPreferences preferences() {
        return preferences;
    }

    /** The start of the document the window opens on; waits for the glance, which is quick. */
    Optional<ArticlePreview> preview() {
        return preview.join();
    }

    /** The project being opened; null when the analyst's name is still to be asked. */
    CompletableFuture<ProjectSession> opening() {
        return opening;
    }

    /** Closes the project opened here when no window took it (the window was closed first). */
    synchronized void closeUnused() {
        if (opening == null || unusedClosed) {
            return;
        }
        openNow();
        unusedClosed = true;
        try {
            opening.join().close();
        } catch (CompletionException e) {
            // Never opened: nothing to close.
        }
    }
}
