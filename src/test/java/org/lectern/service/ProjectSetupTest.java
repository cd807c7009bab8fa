package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.BundledSample;
import org.lectern.io.DefaultTag;
import org.lectern.model.Document;
import org.lectern.model.Tag;
import org.lectern.store.ProjectFiles;

class ProjectSetupTest {
    @TempDir
    Path folder;

    @Test
    void defaultTagsAreAddedOnceAndLeaveNothingToUndo() throws Exception {
        Path file = folder.resolve("new.lectern");
        try (ProjectSession session = new ProjectSession(ProjectFiles.create(file), "Ada")) {
            List<ProjectEvent> events = new ArrayList<>();
            session.addListener(events::add);

            ProjectSetup.ensureDefaultTags(session);
            List<Tag> tags = session.state().tags();
            assertEquals(9, tags.size());
            assertEquals(BundledSample.defaultTags().stream().map(DefaultTag::name).toList(),
                    tags.stream().map(Tag::name).toList(), "in key order");
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), tags.stream().map(Tag::key).toList());
            assertTrue(session.history().nextUndo().isEmpty());
            assertTrue(session.history().nextRedo().isEmpty());
            assertTrue(!session.undo());
            assertEquals(1, events.size(), "views hear of the new tags");

            ProjectSetup.ensureDefaultTags(session);
            assertEquals(tags, session.state().tags());
            assertEquals(1, events.size());
        }
        try (ProjectSession reopened = new ProjectSession(ProjectFiles.open(file), "Ada")) {
            assertEquals(9, reopened.state().tags().size());
            ProjectSetup.ensureDefaultTags(reopened);
            assertEquals(9, reopened.state().tags().size(), "a project that has tags is left alone");
            assertEquals(0, reopened.history().revision(), "nothing happened");
        }
    }

    @Test
    void aProjectWithItsOwnTagsGetsNoDefaults() throws Exception {
        try (ProjectSession session = new ProjectSession(ProjectFiles.create(folder.resolve("own.lectern")), "Ada")) {
            session.perform(session.edits().addTags(List.of(new Tag(java.util.UUID.randomUUID(), "Mine", "#123456",
                    Tag.NO_KEY, ""))));
            ProjectSetup.ensureDefaultTags(session);
            assertEquals(List.of("Mine"), session.state().tags().stream().map(Tag::name).toList());
            assertTrue(session.history().nextUndo().isPresent(), "the analyst's own edit is still undoable");
        }
    }

    @Test
    void theSampleIsAddedOnceAndLeavesNothingToUndo() throws Exception {
        Path file = folder.resolve("default.lectern");
        try (ProjectSession session = new ProjectSession(ProjectFiles.create(file), "Ada")) {
            ProjectSetup.ensureDefaultTags(session);
            ProjectSetup.ensureSample(session);
            List<Document> documents = session.state().documents();
            assertEquals(1, documents.size());
            Document sample = documents.get(0);
            assertEquals(BundledSample.articleTitle(), sample.title());
            assertEquals(BundledSample.articleText(), sample.text());
            assertEquals(BundledSample.articleMetadata(), sample.metadata());
            assertEquals("Ada", sample.stamp().author());
            assertTrue(session.history().nextUndo().isEmpty());

            ProjectSetup.ensureSample(session);
            assertEquals(documents, session.state().documents());
        }
        try (ProjectSession reopened = new ProjectSession(ProjectFiles.open(file), "Ada")) {
            ProjectSetup.ensureSample(reopened);
            assertEquals(1, reopened.state().documents().size());
            assertEquals(BundledSample.articleText(), reopened.state().documents().get(0).text());
            assertEquals(List.of("Ada"), reopened.state().authorNames());
        }
    }

    @Test
    void tagsTheAnalystDeletedStayDeletedWhenTheProjectIsOpenedAgain() throws Exception {
        Path file = folder.resolve("case.lectern");
        try (ProjectSession session = ProjectSetup.open(file, "Ada")) {
            assertEquals(9, session.state().tags().size(), "a new project starts with the default tags");
            session.perform(session.edits().addDocument("Port report", org.lectern.model.DocumentMetadata.EMPTY,
                    "Ships came in."));
            for (Tag tag : session.state().tags()) {
                session.perform(session.tagEdits().delete(tag.id()));
            }
        }

        try (ProjectSession reopened = ProjectSetup.open(file, "Ada")) {
            assertEquals(List.of(), reopened.state().tags(), "the analyst's choice of no tags is kept");
        }
    }

    @Test
    void aProjectThatHoldsNothingYetGetsTheDefaultTagsHoweverItIsOpened() throws Exception {
        // As a Lectern stopped between making the file and setting it up leaves it.
        Path file = folder.resolve("unset.lectern");
        ProjectFiles.create(file).close();

        try (ProjectSession session = ProjectSetup.open(file, "Ada", ProjectSetup.OpenedBy.COMMAND_LINE)) {
            assertEquals(9, session.state().tags().size());
        }
    }
}
