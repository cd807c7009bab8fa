package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportException;
import org.lectern.model.Change;
import org.lectern.model.ProjectSnapshot;
import org.lectern.store.ProjectStore;
import org.lectern.store.StoreException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A review bundle that cannot be written says why and what to do, in one sentence naming the file, never in
 * the system's bare words; the project and any earlier bundle stay as they were.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReviewBundleTest {
    @TempDir
    Path folder;

    @Test
    void a_bundle_into_a_folder_that_is_really_a_file_says_so_and_what_to_do() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "Call Ben about the manifest.\n");
        try (TestProject ana = TestProject.create(folder.resolve("ana"))) {
            ana.annotate("Satellite images", "Evidence");
            TestProject.Contents before = ana.file();

            ExportException refused = assertThrows(ExportException.class,
                    () -> ReviewBundle.export(ana.session, notes.resolve("for-ben.lectern")));

            assertEquals("Lectern could not write the review bundle for-ben.lectern because notes.txt is a file, not"
                    + " a folder; your project is as it was and nothing was written over an earlier file. Choose a"
                    + " folder to save it in, then export the review bundle again.", refused.getMessage());
            assertEquals(before, ana.file());
        }
        assertEquals("Call Ben about the manifest.\n", Files.readString(notes));
    }

    @Test
    void a_full_disk_says_the_bundle_was_not_written_and_to_free_space_and_the_earlier_bundle_stays()
            throws Exception {
        CopyRefusingStore[] store = new CopyRefusingStore[1];
        try (TestProject ana = TestProject.create(folder.resolve("ana"), true,
                inner -> store[0] = new CopyRefusingStore(inner))) {
            Path bundle = folder.resolve("for-ben.lectern");
            ReviewBundle.export(ana.session, bundle);
            byte[] earlier = Files.readAllBytes(bundle);
            ana.annotate("Satellite images", "Evidence");
            // What SQLite says when VACUUM INTO meets a full disk, in the store's words.
            store[0].refuseCopies(new StoreException("Lectern could not copy test.lectern to .for-ben.lectern.1.part"
                    + " because the disk is full", new SQLiteException("[SQLITE_FULL] database or disk is full",
                    SQLiteErrorCode.SQLITE_FULL)));

            ExportException refused = assertThrows(ExportException.class,
                    () -> ReviewBundle.export(ana.session, bundle));

            assertEquals("Lectern could not write the review bundle for-ben.lectern because the disk is full; your"
                    + " project is as it was and nothing was written over an earlier file. Free some space on that"
                    + " disk (empty the bin, move large files elsewhere), or choose a folder on another disk, then"
                    + " export the review bundle again.", refused.getMessage());
            assertArrayEquals(earlier, Files.readAllBytes(bundle), "the earlier bundle is as it was");
            assertEquals(List.of("ana", "for-ben.lectern"), namesIn(folder), "no half-written bundle is left");
        }
    }

    @Test
    void a_folder_on_a_read_only_disk_says_to_choose_another_folder() throws Exception {
        CopyRefusingStore[] store = new CopyRefusingStore[1];
        try (TestProject ana = TestProject.create(folder.resolve("ana"), true,
                inner -> store[0] = new CopyRefusingStore(inner))) {
            Path stick = Files.createDirectories(folder.resolve("usb-stick"));
            store[0].refuseCopies(new StoreException("Lectern could not copy test.lectern",
                    new FileSystemException(stick.resolve("for-ben.lectern").toString(), null,
                            "Read-only file system")));

            ExportException refused = assertThrows(ExportException.class,
                    () -> ReviewBundle.export(ana.session, stick.resolve("for-ben.lectern")));

            assertEquals("Lectern could not write the review bundle for-ben.lectern because the folder usb-stick"
                    + " cannot be written to (it is read-only, or you have no permission there); your project is"
                    + " as it was and nothing was written over an earlier file. Choose another folder, such as your"
                    + " Documents folder, then export the review bundle again.", refused.getMessage());
        }
    }

    @Test
    void a_failure_nobody_foresaw_keeps_the_systems_words_inside_a_sentence_that_says_what_to_do()
            throws Exception {
        CopyRefusingStore[] store = new CopyRefusingStore[1];
        try (TestProject ana = TestProject.create(folder.resolve("ana"), true,
                inner -> store[0] = new CopyRefusingStore(inner))) {
            store[0].refuseCopies(new StoreException("Lectern could not copy test.lectern",
                    new java.io.IOException("Input/output error")));

            ExportException refused = assertThrows(ExportException.class,
                    () -> ReviewBundle.export(ana.session, folder.resolve("for-ben.lectern")));

            assertEquals("Lectern could not write the review bundle for-ben.lectern in the folder "
                    + folder.getFileName() + " (Input/output error); your project is as it was and nothing was"
                    + " written over an earlier file. Choose another folder, then export the review bundle again.",
                    refused.getMessage());
        }
    }

    @Test
    void the_bundle_cannot_replace_the_project_it_is_made_from() throws Exception {
        try (TestProject ana = TestProject.create(folder.resolve("ana"))) {
            ExportException refused = assertThrows(ExportException.class,
                    () -> ReviewBundle.export(ana.session, ana.file));

            assertEquals("The review bundle cannot replace the project it is made from: choose another file than"
                    + " test.lectern.", refused.getMessage());
        }
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * A real store whose copies fail, once told to, as SQLite's VACUUM INTO fails on a full or read-only disk:
     * part of the copy is written, then the store reports the failure.
     */
    private static final class CopyRefusingStore implements ProjectStore {
        private final ProjectStore inner;
        private RuntimeException copyFailure;

        CopyRefusingStore(ProjectStore inner) {
            this.inner = inner;
        }

        void refuseCopies(RuntimeException failure) {
            this.copyFailure = failure;
        }

        @Override
        public Path location() {
            return inner.location();
        }

        @Override
        public int schemaVersion() {
            return inner.schemaVersion();
        }

        @Override
        public ProjectSnapshot load() {
            return inner.load();
        }

        @Override
        public void write(List<Change> changes) {
            inner.write(changes);
        }

        @Override
        public void copyTo(Path target) {
            if (copyFailure != null) {
                try {
                    Files.write(target, new byte[4096]);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                throw copyFailure;
            }
            inner.copyTo(target);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
