package org.lectern.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectStore;

/**
 * An analyst opens a project that colleagues (and perhaps they themselves) have worked in, and makes a random run
 * of edits through the service layer. Undoing every one of them gives back the project file exactly, row for row
 * in every table; redoing them all gives back exactly the file they had made.
 */
class UndoRedoPropertyTest {
    private static final int TRIES = 80;

    @Test
    void undoingEveryEditRestoresTheFileRowForRowAndRedoingThemRestoresTheirResult() {
        PropertyCheck.forAll(TRIES, UndoRedoPropertyTest::sitting);
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
                draw.note("— " + analyst + " opens the project; the edits to undo start here —");

                ProjectSession session = new ProjectSession(store, analyst);
                ProjectFileRows opened = ProjectFileRows.of(file);
                RandomEdits edits = new RandomEdits(folder, RandomEdits.ALL);
                int[] saved = {0};
                draw.repeat(1, 12, 85, d -> saved[0] += edits.perform(d, session) ? 1 : 0);
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
