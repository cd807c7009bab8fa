package org.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules the domain records keep, whatever stores or shows them. */
class ModelTest {
    private static final Stamp STAMP = Stamp.now("Ana");

    @Test
    void anAdmiraltyGradeReadsAndWritesAsLetterAndDigit() {
        Grade grade = Grade.parse("b2");
        assertEquals(SourceReliability.B, grade.reliability());
        assertEquals(InformationCredibility.PROBABLY_TRUE, grade.credibility());
        assertEquals("B2", grade.code());
        assertEquals("F6", Grade.UNGRADED.code(), "ungraded evidence reads as 'cannot be judged' on both axes");
        assertThrows(IllegalArgumentException.class, () -> Grade.parse("B7"));
        assertThrows(IllegalArgumentException.class, () -> Grade.parse("G1"));
        assertThrows(IllegalArgumentException.class, () -> Grade.parse("B"));
    }

    @Test
    void aPassageQuotesExactlyTheTextBetweenItsOffsets() {
        Passage passage = new Passage(4, 9, "quick", "The ", " brown");
        assertEquals(5, passage.length());
        assertEquals(true, passage.overlaps(8, 12));
        assertEquals(false, passage.overlaps(9, 12), "touching is not overlapping");
        assertThrows(IllegalArgumentException.class, () -> new Passage(4, 9, "quic", "", ""));
        assertThrows(IllegalArgumentException.class, () -> new Passage(9, 4, "", "", ""));
        assertThrows(IllegalArgumentException.class, () -> new Passage(-1, 2, "ab", "", ""));
    }

    @Test
    void aTagHasANameAHexColourAndAKeyFromOneToNine() {
        Tag tag = new Tag(UUID.randomUUID(), " Claim ", "#F28E2B", 2, null);
        assertEquals("Claim", tag.name());
        assertEquals("#f28e2b", tag.color());
        assertEquals("", tag.description());
        assertThrows(IllegalArgumentException.class, () -> new Tag(UUID.randomUUID(), "X", "orange", 2, ""));
        assertThrows(IllegalArgumentException.class, () -> new Tag(UUID.randomUUID(), "X", "#ffffff", 10, ""));
        assertThrows(IllegalArgumentException.class, () -> new Tag(UUID.randomUUID(), " ", "#ffffff", 1, ""));
    }

    @Test
    void anActorsAliasesAreTrimmedWithoutBlanksOrRepeats() {
        Actor actor = new Actor(UUID.randomUUID(), "Jonah Leff", ActorKind.PERSON,
                List.of(" Leff ", "", "J. Leff", "Leff"), null, null, STAMP);
        assertEquals(List.of("Leff", "J. Leff"), actor.aliases());
        assertEquals(List.of(), actor.mentionIds());
    }

    @Test
    void theUndoOfAChangeSwapsBeforeAndAfter() {
        Tag before = new Tag(UUID.randomUUID(), "Claim", "#f28e2b", 2, "");
        Tag after = new Tag(before.id(), "Assertion", "#f28e2b", 2, "");
        Change rename = Change.updated(before, after);
        assertEquals(new Change(after, before), rename.inverse());
        assertNull(Change.created(after).inverse().after(), "undoing a creation deletes");
        Tag other = new Tag(UUID.randomUUID(), "Other", "#000000", 0, "");
        assertThrows(IllegalArgumentException.class, () -> Change.updated(before, other));
    }

    @Test
    void enumsReadAsPlainWords() {
        assertEquals("roughly even chance", Likelihood.ROUGHLY_EVEN_CHANCE.label());
        assertEquals("45–55%", Likelihood.ROUGHLY_EVEN_CHANCE.band());
        assertEquals("organisation", ActorKind.ORGANISATION.toString());
        assertEquals("refutes", Stance.REFUTES.toString());
        assertEquals("B — usually reliable", SourceReliability.B.toString());
    }

    @Test
    void editingARecordKeepsItsCreatorAndCreationTime() {
        Annotation annotation = new Annotation(UUID.randomUUID(), UUID.randomUUID(),
                new Passage(0, 3, "The", "", " fox"), UUID.randomUUID(), "", STAMP);
        Annotation noted = annotation.withNote("check");
        assertEquals("Ana", noted.stamp().author());
        assertEquals(STAMP.created(), noted.stamp().created());
        assertEquals(false, noted.stamp().modified().isBefore(STAMP.modified()));
    }
}
