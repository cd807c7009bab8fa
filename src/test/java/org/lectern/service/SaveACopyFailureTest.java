package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportException;

/** File → Save a copy… that cannot be written says why and what to do, and the project stays as it was. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SaveACopyFailureTest {
    @TempDir
    Path folder;

    @Test
    void a_copy_into_a_folder_that_is_really_a_file_says_so_and_what_to_do() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "Call Ben about the manifest.\n");
        try (TestProject ana = TestProject.create(folder.resolve("ana"))) {
            ana.annotate("Satellite images", "Evidence");
            TestProject.Contents before = ana.file();

            ExportException refused = assertThrows(ExportException.class,
                    () -> ProjectCopy.save(ana.session, notes.resolve("backup.lectern")));

            assertEquals("Lectern could not write the copy backup.lectern because notes.txt is a file, not a folder;"
                    + " your project is as it was and nothing was written over an earlier file. Choose a folder to"
                    + " save it in, then save the copy again.", refused.getMessage());
            assertEquals(before, ana.file());
        }
        assertEquals("Call Ben about the manifest.\n", Files.readString(notes));
    }

    @Test
    void a_copy_over_the_open_project_is_refused_in_plain_words() throws Exception {
        try (TestProject ana = TestProject.create(folder.resolve("ana"))) {
            ana.annotate("Satellite images", "Evidence");
            TestProject.Contents before = ana.file();

            ExportException refused = assertThrows(ExportException.class,
                    () -> ProjectCopy.save(ana.session, ana.session.location()));

            assertEquals("A copy cannot replace the project it is made from: choose another file than "
                    + ana.session.location().getFileName() + ".", refused.getMessage());
            assertEquals(before, ana.file());
        }
    }
}
