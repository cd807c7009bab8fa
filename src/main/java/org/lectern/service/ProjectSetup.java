package org.lectern.service;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.lectern.io.BundledSample;
import org.lectern.model.Tag;
import org.lectern.store.LockHolder;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectOpenException;
import org.lectern.store.ProjectStore;
import org.lectern.store.StoreException;

/**
 * Opening a project for editing, and what a project starts with: the default tag set, and for the default project
 * the bundled sample article.
 */
public final class ProjectSetup {
    private ProjectSetup() {
    }

    /** Who opens a project, named in its lock so that a second Lectern finding it taken can say what to do. */
    public enum OpenedBy {
        /** The window, which holds the project until it is closed. */
        WINDOW,
        /** {@code lectern import}, which holds it only while it runs. */
        COMMAND_LINE
    }

    /** Opens a project for the window (see {@link #open(Path, String, OpenedBy)}). */
    public static ProjectSession open(Path file, String analyst) throws ProjectUnavailable {
        return open(file, analyst, OpenedBy.WINDOW);
    }

    /**
     * The one way to open a project for editing, for the window and the command line alike, making it if it does
     * not exist. A project that holds nothing yet (just made, or made by a Lectern stopped before it was set up)
     * starts with the default tags; a project with work in it is opened as it is, so tags an analyst deleted
     * never come back. The default project also gets the bundled sample the first time. It is what Lectern
     * starts on, so when a crash left it unfinished (empty, or half made and holding no one's work) it is set
     * aside under another name and made afresh, and the session carries a note saying so. Any other refused
     * file stays as it is.
     */
    public static ProjectSession open(Path file, String analyst, OpenedBy who) throws ProjectUnavailable {
        LockHolder holder = who == OpenedBy.WINDOW ? LockHolder.WINDOW : LockHolder.COMMAND_LINE;
        boolean isDefault = AppFolders.isDefaultProject(file);
        String note = null;
        ProjectStore store;
        try {
            try {
                store = ProjectFiles.openOrCreate(file, holder);
            } catch (ProjectOpenException refusal) {
                if (!isDefault || refusal.reason() == ProjectOpenException.Reason.LOCKED
                        || refusal.reason() == ProjectOpenException.Reason.NEWER_VERSION) {
                    throw refusal;
                }
                Path setAside = ProjectFiles.setAsideIfUnfinished(file).orElseThrow(() -> refusal);
                store = ProjectFiles.create(file, holder);
                note = "Your default project, " + file.getFileName() + ", was never finished: Lectern was stopped"
                        + " while it was creating it, and it held no work. It has been set aside as "
                        + setAside.getFileName() + " in " + setAside.toAbsolutePath().getParent()
                        + ", and a new default project has been made.";
            }
        } catch (ProjectOpenException refusal) {
            throw ProjectUnavailable.of(refusal);
        }
        ProjectSession session;
        try {
            session = new ProjectSession(store, analyst);
        } catch (StoreException unreadable) {
            store.close();
            throw new ProjectUnavailable(ProjectUnavailable.Reason.UNREADABLE, unreadable.getMessage(), unreadable);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            if (session.state().tags().isEmpty() && session.state().documents().isEmpty()) {
                ensureDefaultTags(session);
            }
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

    /**
     * Opens an existing project for a team command (the command line holds it while it runs), as it is: a team
     * project left empty by a first download cut short must stay empty for the team's records to come in.
     */
    public static ProjectStore openForTeam(Path file) throws ProjectUnavailable {
        try {
            return ProjectFiles.open(file, LockHolder.COMMAND_LINE);
        } catch (ProjectOpenException refusal) {
            throw ProjectUnavailable.of(refusal);
        }
    }

    /** Makes a new project for the first download of a team project: empty, the team's records fill it. */
    public static ProjectStore createForTeam(Path file) throws ProjectUnavailable {
        try {
            return ProjectFiles.createToFillAtOnce(file, LockHolder.COMMAND_LINE);
        } catch (ProjectOpenException refusal) {
            throw ProjectUnavailable.of(refusal);
        }
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
