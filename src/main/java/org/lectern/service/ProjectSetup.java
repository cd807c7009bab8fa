package org.lectern.service;

import java.util.List;
import java.util.UUID;
import org.lectern.io.BundledSample;
import org.lectern.model.Tag;

/** What a project starts with: the default tag set, and for the default project the bundled sample article. */
public final class ProjectSetup {
    private ProjectSetup() {
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
