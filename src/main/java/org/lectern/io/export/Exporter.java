package org.lectern.io.export;

import java.nio.file.Path;
import org.lectern.model.ProjectSnapshot;

/** Writes a project, narrowed by a scope, to one file in one format. */
public interface Exporter {
    void export(ProjectSnapshot project, ExportScope scope, Path target, Progress progress) throws ExportException;
}
