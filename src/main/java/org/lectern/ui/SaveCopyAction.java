package org.lectern.ui;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.lectern.io.export.ExportException;
import org.lectern.log.LecternLog;
import org.lectern.service.FailureMessage;
import org.lectern.service.ProjectCopy;
import org.lectern.service.ProjectSession;

/**
 * File → Save a copy…: a complete copy of the open project in a file the analyst chooses, to send or to keep.
 * It is written in the background while work goes on here; the window stays on the open project.
 */
final class SaveCopyAction {
    private static final String TITLE = "Save a copy";

    private SaveCopyAction() {
    }

    static void run(WorkbenchModel model, FileChoosers files) {
        ProjectSession session = model.session();
        if (session == null) {
            return;
        }
        files.save(TITLE, "Lectern projects", "lectern")
                .ifPresent(target -> save(model, session, target));
    }

    private static void save(WorkbenchModel model, ProjectSession session, Path target) {
        model.status("Saving a copy as " + target.getFileName() + "…");
        Task<Void> copying = new Task<>() {
            {
                updateTitle("Saving a copy as " + target.getFileName());
                updateProgress(-1, 1);
            }

            @Override
            protected Void call() throws ExportException {
                ProjectCopy.save(session, target);
                return null;
            }
        };
        copying.setOnSucceeded(event -> model.status("Saved a copy as " + target.getFileName() + "; you go on working in "
                + session.location().getFileName()));
        copying.setOnFailed(event -> {
            model.status("");
            Throwable failure = copying.getException();
            model.dialogs().showError(TITLE, FailureMessage.of(failure, LecternLog.file()));
        });
        model.work().run(copying);
    }
}
