package org.lectern.cli;

import java.nio.file.Path;

/** Opens the Lectern window and returns when it is closed. */
public interface WindowOpener {
    /** @param projectOrNull the project to show, or null for the default project */
    void open(Path projectOrNull);
}
