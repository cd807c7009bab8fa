package org.lectern.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.lectern.io.exchange.Authorship;
import org.lectern.model.ProjectSnapshot;
import org.lectern.review.merge.ColleagueAuthors;
import org.lectern.review.merge.ColleagueMerge;
import org.lectern.review.merge.MergePlan;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectOpenException;
import org.lectern.store.ProjectStore;
import org.lectern.store.StoreException;

/**
 * Bringing in a colleague's work from their own project file: their records arrive in mine as their author's
 * layer, as one edit that one undo takes back. Their file is only ever read, never migrated or written.
 */
public final class ColleagueWork {
    private static final String PROJECT_EXTENSION = ".lectern";

    private ColleagueWork() {
    }

    /** Whether a file is named like a Lectern project, and so is read as a colleague's work. */
    public static boolean isColleagueProject(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(PROJECT_EXTENSION);
    }

    /**
     * Everything a colleague's project holds, read without changing a byte of it.
     *
     * @throws ProjectUnavailable with a sentence for the analyst if it is not a project, is from a newer
     *                             Lectern, or cannot be read
     */
    public static ProjectSnapshot open(Path colleagueProject) throws ProjectUnavailable {
        try (ProjectStore store = ProjectFiles.openForReading(colleagueProject)) {
            return store.load();
        } catch (ProjectOpenException refusal) {
            throw ProjectUnavailable.of(refusal);
        } catch (StoreException e) {
            throw new ProjectUnavailable(ProjectUnavailable.Reason.UNREADABLE, e.getMessage(), e);
        }
    }

    /** What bringing in a colleague's project would change in {@code mine}, without saving anything. */
    public static MergePlan read(Path colleagueProject, ProjectSnapshot mine) throws ProjectUnavailable {
        return plan(mine, open(colleagueProject), Map.of());
    }

    /**
     * What bringing in a colleague's project already read would change in {@code mine}, their authors recorded
     * under the analysts {@code creatorsAs} maps them to ("ben" to "Ben Okafor"; a name as their file writes
     * it, else in another case) before anything is matched: so a second bringing-in with the same mapping finds
     * every record it brought in the first time, and adds nothing.
     */
    public static MergePlan plan(ProjectSnapshot mine, ProjectSnapshot theirs, Map<String, String> creatorsAs) {
        return ColleagueMerge.plan(mine, recordedAs(theirs, creatorsAs));
    }

    /** Reads a colleague's project and saves its work into the open project as one edit; returns the plan. */
    public static MergePlan bringIn(ProjectSession session, Path colleagueProject) throws ProjectUnavailable {
        return bringIn(session, open(colleagueProject), fileName(colleagueProject));
    }

    /**
     * Saves the work of a colleague's project already read (by {@link #open}) into the open project as one
     * edit, named for the Undo menu after the colleague and {@code fileName}; returns the plan.
     */
    public static MergePlan bringIn(ProjectSession session, ProjectSnapshot theirs, String fileName) {
        return bringIn(session, theirs, fileName, Map.of());
    }

    /** As {@link #bringIn(ProjectSession, ProjectSnapshot, String)}, their authors mapped as by {@link #plan}. */
    public static MergePlan bringIn(ProjectSession session, ProjectSnapshot theirs, String fileName,
                                    Map<String, String> creatorsAs) {
        MergePlan plan = plan(session.state().snapshot(), theirs, creatorsAs);
        session.perform(new Edit(editDescription(plan, fileName), plan.changes()));
        return plan;
    }

    private static ProjectSnapshot recordedAs(ProjectSnapshot theirs, Map<String, String> creatorsAs) {
        if (creatorsAs.isEmpty()) {
            return theirs;
        }
        Authorship names = new Authorship(null, creatorsAs);
        return ColleagueAuthors.recordedAs(theirs, names::nameFor);
    }

    /** "Bring in Ben's work from ben.lectern". */
    public static String editDescription(MergePlan plan, String fileName) {
        return "Bring in " + plan.colleague() + "'s work from " + fileName;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
