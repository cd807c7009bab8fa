package org.lectern.ui;

import javafx.concurrent.Task;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.Progress;
import org.lectern.model.ProjectSnapshot;

/**
 * An export as background work: the window stays responsive, shows progress, and can cancel. The snapshot
 * is taken first, on the worker, while edits wait (a moment, even for 10,000 highlights): the export then never
 * touches live state, and the window's thread is never held up by the copy.
 */
final class ExportRunner extends Task<ExportRequest> {
    private final java.util.function.Supplier<ProjectSnapshot> snapshot;
    private final Runnable releaseEdits;
    private final ExportRequest request;

    ExportRunner(java.util.function.Supplier<ProjectSnapshot> snapshot, Runnable releaseEdits, ExportRequest request) {
        this.snapshot = snapshot;
        this.releaseEdits = releaseEdits;
        this.request = request;
        updateTitle("Exporting " + request.format().description());
        updateMessage("Writing " + request.target().getFileName() + "…");
    }

    /** What the analyst is told when no program on the computer opened the file just written. */
    static String notOpened(java.nio.file.Path written) {
        java.nio.file.Path file = written.toAbsolutePath();
        return "No program on this computer opened " + file.getFileName() + ". The file is here:\n\n" + file
                + "\n\nOpen it from that folder with a program that reads " + ending(file) + ".";
    }

    private static String ending(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) + " files" : "this kind of file";
    }

    /** An export cancelled before it started (or failing) must not keep edits waiting. */
    @Override
    protected void cancelled() {
        releaseEdits.run();
    }

    @Override
    protected void failed() {
        releaseEdits.run();
    }

    @Override
    protected ExportRequest call() throws ExportException {
        ProjectSnapshot project;
        try {
            project = snapshot.get();
        } finally {
            releaseEdits.run();
        }
        request.format().exporter(request.template()).export(project, request.scope(), request.target(),
                new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        updateProgress(done, total);
                        if (message != null && !message.isBlank()) {
                            updateMessage(message);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return ExportRunner.this.isCancelled();
                    }
                });
        return request;
    }
}
