package org.lectern.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.service.ProjectUnavailable;

/**
 * The project an import adds to. An existing project is opened at once, so a file that is not a project is
 * refused before any article is read; a new one is created only when the first article is ready to add, so
 * an import in which every file fails leaves no empty project behind.
 */
final class ImportTarget implements AutoCloseable {
    private final Path file;
    private final String analyst;
    private ProjectSession session;

    private ImportTarget(Path file, String analyst) {
        this.file = file;
        this.analyst = analyst;
    }

    static ImportTarget at(Path file, String analyst) throws ProjectUnavailable {
        ImportTarget target = new ImportTarget(file, analyst);
        if (Files.exists(file)) {
            target.open();
        }
        return target;
    }

    ProjectSession session() throws ProjectUnavailable {
        if (session == null) {
            open();
        }
        return session;
    }

    private void open() throws ProjectUnavailable {
        session = ProjectSetup.open(file, analyst, ProjectSetup.OpenedBy.COMMAND_LINE);
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
