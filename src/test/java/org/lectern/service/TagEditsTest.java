package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Tag;

/** An analyst shapes the tag set: new tags, other names, colours and keys, unused tags removed; all undoable. */
class TagEditsTest {
    @TempDir
    Path folder;

    private TestProject project;

    @BeforeEach
    void open() throws Exception {
        project = TestProject.create(folder);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private TagEdits tags() {
        return project.session.tagEdits();
    }

    @Test
    void aNewTagIsAddedWithoutAKey() throws Exception {
        project.assertUndoable(tags().add("Weapon system", "#6a5acd"));
        Tag added = project.state().tagNamed("weapon system").orElseThrow();
        assertEquals("#6a5acd", added.color());
        assertEquals(Tag.NO_KEY, added.key());
    }

    @Test
    void givingATagAnotherTagsKeyTakesTheKeyFromItInTheSameEdit() throws Exception {
        Tag quote = project.state().tagNamed("Quote").orElseThrow();
        Tag claim = project.state().tagNamed("Claim").orElseThrow();

        project.assertUndoable(tags().edit(quote.id(), "Quotation", quote.color(), claim.key(), "Words said"));

        assertEquals("Quotation", project.state().tagWithKey(2).orElseThrow().name());
        assertEquals(Tag.NO_KEY, project.state().tag(claim.id()).orElseThrow().key());
    }

    @Test
    void aTagInUseCannotBeDeletedButAnUnusedOneCan() throws Exception {
        project.annotate("Satellite images", "Evidence");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> tags().delete(project.tag("Evidence")));
        assertTrue(refused.getMessage().contains("is on 1 highlight"), refused.getMessage());

        project.assertUndoable(tags().delete(project.tag("Materiel")));
        assertTrue(project.state().tagNamed("Materiel").isEmpty());
    }

    @Test
    void twoTagsCannotShareAName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> tags().add("claim", "#000000"));
        assertTrue(refused.getMessage().contains("already"), refused.getMessage());
    }
}
