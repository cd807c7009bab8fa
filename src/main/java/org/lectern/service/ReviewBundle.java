package org.lectern.service;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The review bundle a reviewer sends back: a copy of the whole project, with both analysts' work, the
 * decisions and their reasons, and the comment threads. The colleague opens it in Lectern like any project
 * and sees, on each of their annotations, whether it was accepted, amended or rejected, and why.
 */
public final class ReviewBundle {
    private ReviewBundle() {
    }

    /** Writes the bundle; an existing file at {@code target} is replaced only once the copy is complete. */
    public static void export(ProjectSession session, Path target) throws IOException {
        ProjectCopy.write(session, target);
    }
}
