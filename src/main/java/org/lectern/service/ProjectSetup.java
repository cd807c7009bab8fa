package org.lectern.service;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.lectern.io.BundledSample;
import org.lectern.model.Tag;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectOpenException;
import org.lectern.store.ProjectStore;

/** What a project starts with: the default tag set, and for the default project the bundled sample article. */
public final class ProjectSetup {
    private ProjectSetup() {
    }

    /**
     * Opens a project for the window, making it if it does not exist: with the default tags, and for the
     * default project the bundled sample. The default project is what Lectern starts on, so when a crash left
     * it unfinished (empty, or half made and holding no one's work) it is set aside under another name and
     * made afresh, and the session carries a note saying so. Any other refused file stays as it is.
     */
    public static ProjectSession open(Path file, String analyst) throws ProjectOpenException {
        boolean isDefault = AppFolders.isDefaultProject(file);
        String note = null;
        ProjectStore store;
        try {
            store = ProjectFiles.openOrCreate(file);
        } catch (ProjectOpenException refusal) {
            if (!isDefault || refusal.reason() == ProjectOpenException.Reason.LOCKED
                    || refusal.reason() == ProjectOpenException.Reason.NEWER_VERSION) {
                throw refusal;
            }
            Path setAside = ProjectFiles.setAsideIfUnfinished(file).orElseThrow(() -> refusal);
            store = ProjectFiles.create(file);
            note = "Your default project, " + file.getFileName() + ", was never finished: Lectern was stopped"
                    + " while it was creating it, and it held no work. It has been set aside as "
                    + setAside.getFileName() + " in " + setAside.toAbsolutePath().getParent()
                    + ", and a new default project has been made.";
        }
        ProjectSession session;
        try {
            session = new ProjectSession(store, analyst);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            ensureDefaultTags(session);
            if (isDefault) {
                ensureSample(session);
            }
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        session.noteOnOpening(note);
        return session;
    }

    /** Gives a project without tags the default palette. Not an undoable edit: it is how projects begin. */
    public static void ensureDefaultTags(ProjectSession session) {
        if (!session.state().tags().isEmpty()) {
            return;
        }
        List<Tag> tags = BundledSample.defaultTags().stream().map(t -> t.toTag(UUID.randomUUID())).toList();
        session.perform(session.edits().addTags(tags));
        session.forgetHistory();
    }

    /** Adds the bundled sample article to a project that has no documents yet. */
    public static void ensureSample(ProjectSession session) {
        if (!session.state().documents().isEmpty()) {
            return;
        }
        session.perform(session.edits().addDocument(BundledSample.articleTitle(), BundledSample.articleMetadata(),
                BundledSample.articleText()));
        session.forgetHistory();
    }
}
