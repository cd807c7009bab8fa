package org.lectern.ui;

import java.nio.file.Path;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectOpenException;

/** Opens a project file for the window: the checks and the first-run content (see {@link ProjectSetup#open}). */
final class ProjectOpener {
    private ProjectOpener() {
    }

    /** Opens (or creates) a project; the default project gets the bundled sample the first time. */
    static ProjectSession open(Path file, String analyst) throws ProjectOpenException {
        return ProjectSetup.open(file, analyst);
    }
}
