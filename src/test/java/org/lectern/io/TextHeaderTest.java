package org.lectern.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lectern.model.DocumentMetadata;

class TextHeaderTest {

    private static DocumentMetadata metadata(String text) {
        return TextHeader.read(text).metadata();
    }

    @Test
    void namesWithParticlesInitialsAndSeveralWritersAreABylineButWordsOfASentenceAreNot() {
        assertTrue(TextHeader.areNames("Ursula von der Leyen"));
        assertTrue(TextHeader.areNames("Edith M. Okonjo, Jonas Kell and Mary O’Neill-Smith"));
        assertTrue(TextHeader.areNames("Mario Rossi Jr."));
        assertFalse(TextHeader.areNames("the time the ferry docked"));
        assertFalse(TextHeader.areNames("Monday, officials said"));
        assertFalse(TextHeader.areNames("Land and Sea: the long road"));
    }

    @Test
    void aBylineWithARoleKeepsTheRoleBecauseOnlyAnAgencyIsASource() {
        assertEquals(new DocumentMetadata("", "Jane Doe, Staff Writer", "", ""),
                metadata("Ferry strike ends\nBy Jane Doe, Staff Writer\n"));
        assertEquals(new DocumentMetadata("Bloomberg", "Jane Doe", "", ""),
                metadata("Ferry strike ends\nBy Jane Doe for Bloomberg\n"));
    }

    @Test
    void datesAreReadInTheFormsNewsCopyPrintsThemAndGivenAsIsoDates() {
        assertEquals("2024-06-03", metadata("Headline\nPublished 3 June 2024\n").published());
        assertEquals("2024-06-03", metadata("Headline\nMon 3 Jun 2024 14.05 BST\n").published());
        assertEquals("2024-09-03", metadata("Headline\nSept. 3, 2024\n").published());
        assertEquals("2024-06-03", metadata("Headline\nPosted on 2024-06-03T10:15:00Z\n").published());
        assertEquals("2024-06-03", metadata("Headline\nUpdated June 3, 2024\n").published(),
                "an update date when there is no other");
        assertEquals("2024-05-30", metadata("Headline\nUpdated June 3, 2024\nPublished: May 30, 2024\n").published(),
                "the publication date before the update");
    }

    @Test
    void aLabelledDateLectternCannotReadIsKeptAsPrintedAndAnImpossibleBareDateIsNoDate() {
        assertEquals("last Tuesday", metadata("Headline\nDate: last Tuesday\n").published());
        assertEquals("", metadata("Headline\n31 June 2024\n").published());
        assertEquals("", metadata("Headline\nJune 3\n").published(), "no year, no date");
    }

    @Test
    void onlyTheHeaderAndTheLastLinesAreRead() {
        String text = "Headline\n" + "Short line of the story.\n".repeat(TextHeader.MOST_HEADER_LINES) + "By Jane Doe\n"
                + "The story goes on.\n";
        assertEquals(DocumentMetadata.EMPTY, metadata(text));
        assertEquals(DocumentMetadata.EMPTY, metadata("Headline\n\nLONDON — Officials met today.\nBy Jane Doe\nMore.\n"));
    }

    @Test
    void aStoryThatSignsOffAtItsEndAsNewsSitesPrintItHasThatByline() {
        // A news site's page copied whole: the writer and the agency after the last paragraph.
        String story = "Ferry strike ends\nPORT ELLEN (AP) — The ferry strike ended on Monday.\n"
                + "Crews returned to work at noon.\n";
        assertEquals(new DocumentMetadata("AP", "EDITH M. OKONJO", "", ""),
                metadata(story + "By EDITH M. OKONJO\nAssociated Press\n"), "the dateline's agency comes first");
        assertEquals(new DocumentMetadata("Associated Press", "Jonas Kell", "", ""),
                metadata("Ferry strike ends\nThe ferry strike ended on Monday.\nBy Jonas Kell\nAssociated Press\n\n"));
        assertEquals(new DocumentMetadata("", "Jonas Kell", "", ""),
                metadata("Ferry strike ends\nThe ferry strike ended on Monday.\n\nBy Jonas Kell"));
        assertEquals(new DocumentMetadata("", "Ana Petrova", "", ""),
                metadata("Ferry strike ends\nBy Ana Petrova\nThe strike ended.\nBy Jonas Kell\n"),
                "a byline under the headline is the one kept");
    }

    @Test
    void aLastLineThatIsASentenceOrNotNamesIsNoSignOff() {
        String story = "Ferry strike ends\nPORT ELLEN — The strike ended on Monday, officials said.\n";
        assertEquals(DocumentMetadata.EMPTY, metadata(story + "By the time it ended, crews had gone home.\n"));
        assertEquals(DocumentMetadata.EMPTY, metadata(story + "By the harbour\nAssociated Press\n"));
        assertEquals(DocumentMetadata.EMPTY, metadata(story + "By Jonas Kell\nHarbour Gazette staff\n"),
                "a line after it that names no agency: the byline is not the last");
    }

    @Test
    void aTextWithoutAnyHeaderGivesNothing() {
        assertEquals(Optional.empty(), TextHeader.read("x".repeat(200)).title());
        assertEquals(DocumentMetadata.EMPTY, metadata("Shopping: bread, milk\nCall Ana at 5\n"));
        assertEquals(Optional.of("Shopping: bread, milk"), TextHeader.read("Shopping: bread, milk\nCall Ana\n").title());
    }
}
