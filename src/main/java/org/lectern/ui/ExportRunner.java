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
