package org.lectern.ui;

import javafx.concurrent.Task;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.Progress;
import org.lectern.model.ProjectSnapshot;

/**
 * An export as background work: the window stays responsive, shows progress, and can cancel. The snapshot
 * is taken on the window's thread before the task starts, so the export never touches live state.
 */
final class ExportRunner extends Task<ExportRequest> {
    private final ProjectSnapshot snapshot;
    private final ExportRequest request;

    ExportRunner(ProjectSnapshot snapshot, ExportRequest request) {
        this.snapshot = snapshot;
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

    @Override
    protected ExportRequest call() throws ExportException {
        request.format().exporter(request.template()).export(snapshot, request.scope(), request.target(),
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
