package org.lectern.ui;

import java.nio.file.Path;
import org.lectern.service.AppFolders;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.LockHolder;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectOpenException;
import org.lectern.store.ProjectStore;

/** Opens a project file for the window: the checks, the first-run content, and a message when it fails. */
final class ProjectOpener {
    private ProjectOpener() {
    }

    /** Opens (or creates) a project; the default project gets the bundled sample the first time. */
    static ProjectSession open(Path file, String analyst) throws ProjectOpenException {
        ProjectStore store = ProjectFiles.openOrCreate(file, LockHolder.WINDOW);
        ProjectSession session = new ProjectSession(store, analyst);
        try {
            ProjectSetup.ensureDefaultTags(session);
            if (isDefaultProject(file)) {
                ProjectSetup.ensureSample(session);
            }
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    static boolean isDefaultProject(Path file) {
        return file.toAbsolutePath().normalize().equals(AppFolders.defaultProject().toAbsolutePath().normalize());
    }
}
