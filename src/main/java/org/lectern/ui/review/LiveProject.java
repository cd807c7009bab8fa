package org.lectern.ui.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Tag;
import org.lectern.review.ReviewedProject;
import org.lectern.ui.WorkbenchModel;

/** The project open in the window, as review reads it: straight from memory, never a copy of the whole. */
final class LiveProject implements ReviewedProject {
    private final WorkbenchModel model;

    LiveProject(WorkbenchModel model) {
        this.model = model;
    }

    @Override
    public List<Document> documents() {
        return model.state().documents();
    }

    @Override
    public List<Tag> tags() {
        return model.state().tags();
    }

    @Override
    public List<Annotation> annotationsOf(UUID documentId) {
        return model.state().annotationsOf(documentId);
    }

    @Override
    public Optional<Annotation> annotation(UUID id) {
        return model.state().annotation(id);
    }

    @Override
    public List<Actor> actors() {
        return model.state().actors();
    }

    @Override
    public List<Claim> claims() {
        return model.state().claims();
    }

    @Override
    public List<Evidence> evidence() {
        return model.state().evidence();
    }

    @Override
    public List<Link> links() {
        return model.state().links();
    }

    @Override
    public List<ReviewDecision> decisions() {
        return model.state().decisions();
    }
}
