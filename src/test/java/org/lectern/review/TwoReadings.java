package org.lectern.review;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stamp;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectFiles;
import org.lectern.text.Passages;

/**
 * A project file in which Ana (who creates it) and Ben read the same article differently: the situation
 * of the Review tab, where one accept used to turn Ben's reading into Ana's.
 */
public final class TwoReadings {
    public static final String ANA = "Ana";
    public static final String BEN = "Ben";
    public static final String ARTICLE = "The harbour authority denied that the freighter carried rifles. "
            + "Customs records show four containers weighed twice the declared amount.";

    private TwoReadings() {
    }

    /** Creates the project at {@code file}: Ana's two highlights and Ben's three. */
    public static void create(Path file) throws Exception {
        try (ProjectSession session = new ProjectSession(ProjectFiles.create(file), ANA)) {
            ProjectSetup.ensureDefaultTags(session);
            session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, ARTICLE));
            UUID document = session.state().documents().get(0).id();
            UUID claim = session.state().tagNamed("Claim").orElseThrow().id();
            UUID evidence = session.state().tagNamed("Evidence").orElseThrow().id();
            UUID actor = session.state().tagNamed("Actor").orElseThrow().id();
            session.perform(session.edits().annotate(document, at("denied that the freighter carried rifles"),
                    end("denied that the freighter carried rifles"), claim));
            session.perform(session.edits().annotate(document, at("Customs records"), end("Customs records"),
                    evidence));
            session.perform(new Edit("Ben's reading", List.of(
                    Change.created(bens(document, "denied that the freighter carried rifles", evidence)),
                    Change.created(bens(document, "four containers weighed twice", evidence)),
                    Change.created(bens(document, "The harbour authority", actor)))));
        }
    }

    public static Annotation bens(UUID document, String quote, UUID tag) {
        return new Annotation(UUID.randomUUID(), document, Passages.of(ARTICLE, at(quote), end(quote)), tag, "",
                Stamp.now(BEN));
    }

    public static int at(String quote) {
        return ARTICLE.indexOf(quote);
    }

    public static int end(String quote) {
        return at(quote) + quote.length();
    }
}
