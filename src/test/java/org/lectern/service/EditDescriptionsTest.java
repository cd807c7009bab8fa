package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;

class EditDescriptionsTest {
    private static final String TEXT = "Mr.\u00A0John\tSmith  met\n the\u202Fenvoy.\n";

    @TempDir
    Path folder;
    TestProject project;
    Document document;

    @BeforeEach
    void openProject() throws Exception {
        project = TestProject.create(folder);
        document = TestProject.created(project.perform(project.edits().addDocument("Spaces", DocumentMetadata.EMPTY,
                TEXT)), Document.class);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void namesStatementsAndDescriptionsTakenFromTheTextAreOnOneLineWithPlainSpaces() {
        int end = TEXT.indexOf("  met");
        Actor actor = TestProject.created(project.perform(project.edits().newActorFromSelection(document.id(), 0,
                end)), Actor.class);
        assertEquals("Mr. John Smith", actor.name(), "no-break space and tab are white space too");

        Claim claim = TestProject.created(project.perform(project.edits().newClaimFromSelection(document.id(),
                TEXT.indexOf("John"), TEXT.indexOf(".\n", 5))), Claim.class);
        assertEquals("John Smith met the envoy", claim.statement());

        Evidence evidence = TestProject.created(project.perform(project.edits().newEvidenceFromSelection(
                document.id(), TEXT.indexOf("met"), TEXT.length())), Evidence.class);
        assertEquals("met the envoy.", evidence.description());
    }

    @Test
    void longQuotesAreShortenedForTheUndoMenuWithoutSplittingACharacter() {
        assertEquals("New claim “a b”", "New claim “" + Edits.shorten("  a \n\t b ") + "”");
        String forty = "x".repeat(40);
        assertEquals(forty, Edits.shorten(forty));
        String shortened = Edits.shorten("x".repeat(38) + "\uD83D\uDE00 and more");
        assertEquals("x".repeat(38) + "…", shortened);
        for (String text : new String[] {"x".repeat(37) + "\uD83D\uDE00 and more", "\uD83D\uDE00".repeat(30)}) {
            String s = Edits.shorten(text);
            assertTrue(s.endsWith("…"));
            assertTrue(s.length() <= 40);
            assertFalse(Character.isHighSurrogate(s.charAt(s.length() - 2)), s);
        }
    }
}
