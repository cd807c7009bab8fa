package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.DocumentMetadata;

class UnmarkedMentionsTest {
    private static final String TEXT = "Inspector Lena Moss said the manifest listed grain. Moss later declined to"
            + " comment. Lena Moss was not at the quay.";

    @TempDir
    Path folder;

    @Test
    void everyNameAndAliasNotYetMarkedIsProposedAndAMarkedOneNeverAgain() throws Exception {
        try (ProjectSession session = ProjectSetup.open(folder.resolve("case.lectern"), "Ana")) {
            session.perform(session.edits().addDocument("Quay", DocumentMetadata.EMPTY, TEXT));
            UUID document = session.state().documents().get(0).id();
            int first = TEXT.indexOf("Lena Moss");
            session.perform(session.edits().newActorFromSelection(document, first, first + "Lena Moss".length()));
            Actor moss = session.state().actors().get(0);
            session.perform(session.edits().editActor(moss.id(), moss.name(), moss.kind(), List.of("Moss"),
                    moss.description()));

            List<int[]> proposed = UnmarkedMentions.in(session.state(), moss.id(), document);

            int alias = TEXT.indexOf("Moss later");
            int last = TEXT.lastIndexOf("Lena Moss");
            assertEquals(List.of(List.of(alias, alias + 4), List.of(last, last + 9)),
                    proposed.stream().map(r -> List.of(r[0], r[1])).toList(),
                    "the alias and the second full name; the first is marked already");
        }
    }

    @Test
    void nothingIsProposedForAnActorOrDocumentThatIsGone() throws Exception {
        try (ProjectSession session = ProjectSetup.open(folder.resolve("case.lectern"), "Ana")) {
            assertEquals(List.of(), UnmarkedMentions.in(session.state(), UUID.randomUUID(), UUID.randomUUID()));
        }
    }
}
