package org.lectern.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.service.AnnotationExchange;
import org.lectern.service.ColleagueWork;
import org.lectern.service.ExportFormat;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.service.ReviewBundle;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/**
 * An analyst opens a project that colleagues (and perhaps they themselves) have worked in, and makes a random run
 * of edits through the service layer, among them bringing in a colleague's copy of the project or importing its
 * W3C or REFI-QDA export. Undoing every one of them gives back the project file exactly, row for row
 * in every table; redoing them all gives back exactly the file they had made.
 */
class UndoRedoPropertyTest {
    private static final int TRIES = 70;

    @Test
    void undoingEveryEditRestoresTheFileRowForRowAndRedoingThemRestoresTheirResult() {
        PropertyCheck.forAll(TRIES, UndoRedoPropertyTest::sitting);
    }

    /**
     * A colleague's copy of the project, in which they go on working: the file itself, and its W3C and REFI-QDA
     * exports.
     */
    private static List<Path> colleaguesWork(Draw draw, ProjectSession project, ScratchFolder folder,
                                             RandomEdits edits) throws Exception {
        Path copy = folder.resolve("colleague.lectern");
        ReviewBundle.export(project, copy);
        String colleague = "Carla Colleague";
        draw.note("— " + colleague + " works on a copy of the project —");
        try (ProjectStore store = ProjectFiles.open(copy)) {
            ProjectSession session = new ProjectSession(store, colleague);
            draw.repeat(1, 4, 60, d -> edits.perform(d, session));
            List<Path> files = new ArrayList<>(List.of(copy));
            for (ExportFormat format : List.of(ExportFormat.W3C, ExportFormat.QDPX)) {
                Path exported = folder.resolve("colleague." + format.extension());
                format.exporter(Optional.empty()).export(store.load(), ExportScope.EVERYTHING, exported,
                        Progress.NONE);
                files.add(exported);
            }
            return files;
        }
    }

    /** Brings in the colleague's project, or imports one of its exports: one edit; returns 1 if it saved any. */
    private static int bringIn(Draw draw, ProjectSession session, List<Path> colleaguesWork) throws Exception {
        Path file = draw.oneOf(colleaguesWork);
        long before = session.history().revision();
        if (ColleagueWork.isColleagueProject(file)) {
            ColleagueWork.bringIn(session, file);
        } else {
            AnnotationExchange.importInto(session, file);
        }
        boolean saved = session.history().revision() != before;
        draw.note(session.analyst() + ": brings in " + file.getFileName() + (saved ? "" : " — changes nothing"));
        return saved ? 1 : 0;
    }

    private static void sitting(Draw draw) throws Exception {
        try (ScratchFolder folder = ScratchFolder.create("undo")) {
            Path file = folder.resolve("project.lectern");
            List<String> analysts = RandomTexts.analysts(draw, 2, 3);
            String analyst = analysts.get(0);
            try (ProjectStore store = NewProjects.create(file)) {
                ProjectSession setup = new ProjectSession(store, analysts.get(1));
                ProjectSetup.ensureDefaultTags(setup);
                for (Path article : Articles.write(folder, draw.list(1, 2, 30, RandomTexts::article))) {
                    Articles.add(setup, article);
                }
                RandomEdits earlier = new RandomEdits(folder, RandomEdits.READING);
                for (String colleague : analysts.subList(1, analysts.size())) {
                    ProjectSession session = new ProjectSession(store, colleague);
                    draw.repeat(0, 4, 60, d -> earlier.perform(d, session));
                }
                if (draw.maybe(50)) {
                    ProjectSession before = new ProjectSession(store, analyst);
                    draw.repeat(1, 3, 50, d -> earlier.perform(d, before));
                }
                List<Path> colleaguesWork = draw.maybe(40) ? colleaguesWork(draw, setup, folder, earlier) : List.of();
                draw.note("— " + analyst + " opens the project; the edits to undo start here —");

                ProjectSession session = new ProjectSession(store, analyst);
                ProjectFileRows opened = ProjectFileRows.of(file);
                RandomEdits edits = new RandomEdits(folder, RandomEdits.ALL);
                int[] saved = {0};
                draw.repeat(1, 12, 85, d -> saved[0] += !colleaguesWork.isEmpty() && d.maybe(10)
                        ? bringIn(d, session, colleaguesWork) : edits.perform(d, session) ? 1 : 0);
                ProjectFileRows edited = ProjectFileRows.of(file);

                int undone = 0;
                while (session.undo()) {
                    undone++;
                }
                assertEquals(saved[0], undone, "every saved edit is one step to undo");
                assertEquals("", ProjectFileRows.of(file).differenceFrom(opened),
                        "after undoing every edit the file holds exactly what it held when the project was opened");
                int redone = 0;
                while (session.redo()) {
                    redone++;
                }
                assertEquals(saved[0], redone, "every undone edit is one step to redo");
                assertEquals("", ProjectFileRows.of(file).differenceFrom(edited),
                        "after redoing every edit the file holds exactly what the edits had made");
            }
        }
    }
}
