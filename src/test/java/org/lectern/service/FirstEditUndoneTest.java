package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Author;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/**
 * Ben opens Ada's project, makes his first highlight in it and thinks better of it. Once undone, the project
 * names him nowhere: not in its file, so not in {@code lectern info}, reports or exports, and not in the window.
 */
class FirstEditUndoneTest {
    private static final String BEN = "Ben Okafor";

    @TempDir
    Path folder;

    @Test
    void undoingAnAnalystsFirstEditInAProjectLeavesThemOutOfItsAnalysts() throws Exception {
        Path file;
        try (TestProject adas = TestProject.create(folder)) {
            file = adas.file;
        }
        try (ProjectStore store = ProjectFiles.open(file)) {
            List<Author> opened = store.load().authors();
            ProjectSession ben = new ProjectSession(store, BEN);
            ben.perform(ben.edits().annotate(ben.state().documents().get(0).id(), 0, 7,
                    ben.state().tagNamed("Claim").orElseThrow().id()));
            List<Author> edited = store.load().authors();
            assertTrue(edited.stream().anyMatch(a -> a.name().equals(BEN)), "his highlight carries his name");

            assertTrue(ben.undo());
            assertEquals(opened, store.load().authors(), "the file names only the analysts it named before");
            assertEquals(names(opened), ben.state().authorNames(), "and so does the window");

            assertTrue(ben.redo());
            assertEquals(edited, store.load().authors(), "redo names him again, as the same author");
            assertEquals(names(edited), ben.state().authorNames().stream().sorted().toList());
        }
    }

    @Test
    void anAnalystWhoseWorkWasInTheFileWhenItWasOpenedStaysAmongItsAnalysts() throws Exception {
        Path file;
        try (TestProject adas = TestProject.create(folder)) {
            adas.annotate("Jane  Doe", "Actor");
            file = adas.file;
        }
        try (ProjectStore store = ProjectFiles.open(file)) {
            ProjectSession ada = new ProjectSession(store, TestProject.ANALYST);
            Author before = store.load().authors().get(0);
            ada.perform(ada.edits().annotate(ada.state().documents().get(0).id(), 0, 7,
                    ada.state().tagNamed("Claim").orElseThrow().id()));
            assertTrue(ada.undo());
            assertEquals(List.of(before), store.load().authors(), "Ada still made the article and her highlight");
        }
    }

    private static List<String> names(List<Author> authors) {
        return authors.stream().map(Author::name).sorted().toList();
    }
}
