package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class OccurrencesTest {

    private static List<String> found(String text, String name) {
        return Occurrences.find(text, name).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    @Test
    void findsEveryMentionIgnoringCase() {
        String text = "Russia denied it. RUSSIA's envoy and russia's ally agreed.";
        assertEquals(List.of("Russia", "RUSSIA", "russia"), found(text, "Russia"));
        assertEquals(new TextRange(0, 6), Occurrences.find(text, "russia").get(0));
    }

    @Test
    void doesNotMatchInsideLongerWords() {
        String text = "The UN said UNESCO and the UNHCR, not the UNited front, nor SUN.";
        assertEquals(List.of("UN"), found(text, "UN"));
        assertEquals(List.of(), found("Ironically, Iran's neighbours", "Ira"));
        assertEquals(List.of(), found("Prussian troops", "Russia"));
    }

    @Test
    void findsNamesWithHyphensAsWholeWords() {
        String text = "Linda Thomas-Greenfield spoke; thomas‑greenfield agreed. Thomas-Greenfields is a firm.";
        assertEquals(List.of("Thomas-Greenfield", "thomas‑greenfield"), found(text, "Thomas-Greenfield"));
    }

    @Test
    void hyphenatedCompoundsAndPossessivesStillCountAsMentions() {
        String text = "The Russia-Ukraine talks, a UN-backed plan, Russia's envoy and the Kyiv–Russia line.";
        assertEquals(List.of("Russia", "Russia", "Russia"), found(text, "Russia"));
        assertEquals(List.of("UN"), found(text, "un"));
    }

    @Test
    void findsNamesWithFullStops() {
        String text = "The U.N. said so. The U.N.C.L.E. did not. Neither did the UN.";
        List<TextRange> ranges = Occurrences.find(text, "U.N.");
        assertEquals(1, ranges.size());
        assertEquals(text.indexOf("U.N."), ranges.get(0).start());
        assertEquals(List.of("U.N."), found("At the U.N.", "U.N."));
    }

    @Test
    void apostrophesInNamesMatchStraightOrCurly() {
        String text = "O'Brien met O’Brien and OʼBrien; OBrien was absent.";
        assertEquals(List.of("O'Brien", "O’Brien", "OʼBrien"), found(text, "O’Brien"));
    }

    @Test
    void spacesInANameMatchALineBreak() {
        String text = "the United\nNations and the United  Nations";
        assertEquals(List.of("United\nNations", "United  Nations"), found(text, "United Nations"));
    }

    @Test
    void accentedNamesAreWholeWordsToo() {
        String text = "Zelensky met Zelenskyy; Škoda and ŠKODA; Škodaová";
        assertEquals(List.of("Škoda", "ŠKODA"), found(text, "škoda"));
        assertEquals(List.of("Zelensky"), found(text, "Zelensky"));
    }

    @Test
    void aBlankNameFindsNothing() {
        assertEquals(List.of(), Occurrences.find("some text", "  "));
        assertEquals(List.of(), Occurrences.find("some text", null));
    }

    @Test
    void aNameAndItsAliasesGiveOneRangePerMentionWithoutOverlaps() {
        String text = "The United Nations (UN) met. Later the Nations agreed and the UN left.";
        List<TextRange> ranges = Occurrences.findAll(text, List.of("UN", "Nations", "United Nations"));
        List<String> quotes = ranges.stream().map(r -> text.substring(r.start(), r.end())).toList();
        assertEquals(List.of("United Nations", "UN", "Nations", "UN"), quotes);
    }

    @Test
    void mentionsNextToEmojiAreFound() {
        String text = "😀NATO😀 and NATO.";
        assertEquals(List.of("NATO", "NATO"), found(text, "nato"));
    }
}
