package org.lectern.service;

import java.io.IOException;
import java.nio.file.Path;
import org.lectern.io.export.ExportException;
import org.lectern.store.StoreException;

/**
 * The review bundle a reviewer sends back: a copy of the whole project, with both analysts' work, the
 * decisions and their reasons, and the comment threads. The colleague opens it in Lectern like any project
 * and sees, on each of their annotations, whether it was accepted, amended or rejected, and why.
 */
public final class ReviewBundle {
    private static final String WHAT = "the review bundle";
    private static final String AGAIN = "export the review bundle again";

    private ReviewBundle() {
    }

    /**
     * Writes the bundle; an existing file at {@code target} is replaced only once the copy is complete. Safe to
     * call from a thread other than the one making edits.
     *
     * @throws ExportException with one sentence for the analyst: what stopped it and what to do
     */
    public static void export(ProjectSession session, Path target) throws ExportException {
        if (target.toAbsolutePath().normalize().equals(session.location().toAbsolutePath().normalize())) {
            throw new ExportException("The review bundle cannot replace the project it is made from: choose"
                    + " another file than " + target.getFileName() + ".");
        }
        try {
            ProjectCopy.write(session, target);
        } catch (IOException | StoreException e) {
            throw new ExportException(CopyFailure.explain(WHAT, AGAIN, target, e), e);
        }
    }
}
