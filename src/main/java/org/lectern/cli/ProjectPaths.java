package org.lectern.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The rule for project file names on the command line. */
final class ProjectPaths {
    static final String EXTENSION = ".lectern";

    private ProjectPaths() {
    }

    /**
     * Whether {@code file} is named like a project. Checked before a project is created or the window opened,
     * so that a slip such as {@code lectern import --project article.txt ...} cannot turn an article's name
     * into a new project file.
     */
    static boolean isProjectName(Path file) {
        Path name = file.getFileName();
        return name != null && isProjectName(name.toString());
    }

    /** The same rule for an argument not yet read as a path (it might not even be a valid one). */
    static boolean isProjectName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(EXTENSION) && fileName.length() > EXTENSION.length()
                && !fileName.endsWith("/" + EXTENSION) && !fileName.endsWith("\\" + EXTENSION);
    }
}
