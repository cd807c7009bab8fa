package org.lectern.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Find in article: which stretches of a text a query finds. Expected offsets are counted by hand. */
class FindableTextTest {

    private static List<String> hits(String text, String query, boolean matchCase) {
        FindHits hits = FindableText.of(text, matchCase).find(query);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            TextRange hit = hits.get(i);
            found.add(hit.start() + ".." + hit.end());
        }
        return found;
    }

    private static List<String> hits(String text, String query) {
        return hits(text, query, false);
    }

    @Test
    void everyPlaceIsFoundIgnoringCaseUnlessCaseIsToMatch() {
        String text = "Grey Tern, the GREY TERN and grey tern.";
        assertEquals(List.of("0..9", "15..24", "29..38"), hits(text, "grey tern"));
        assertEquals(List.of("15..24"), hits(text, "GREY TERN", true));
        assertEquals(List.of(), hits(text, "grey TERN", true));
    }

    @Test
    void hitsDoNotOverlapSoEachPlaceIsCountedOnce() {
        assertEquals(List.of("0..2", "2..4"), hits("aaaa", "aa"));
        assertEquals(List.of("0..2", "2..4"), hits("aaaaa", "aa"));
        assertEquals(List.of("1..4"), hits("banana", "ana"));
    }

    @Test
    void anEmptyOrBlankQueryFindsNothing() {
        assertTrue(FindableText.of("text", false).find("").isEmpty());
        assertTrue(FindableText.of("text", false).find(null).isEmpty());
        assertTrue(FindableText.of("text", false).find("\u00AD").isEmpty(), "a query of only a soft hyphen");
    }

    @Test
    void sharpSIsFoldedToDoubleSAsUnicodeFullCaseFoldingDoes() {
        String text = "Die Straße, die STRASSE, die Strasse und die STRAẞE.";
        // "Straße" 4..10, "STRASSE" 16..23, "Strasse" 29..36, "STRAẞE" 45..51
        assertEquals(List.of("4..10", "16..23", "29..36", "45..51"), hits(text, "strasse"));
        assertEquals(List.of("4..10", "16..23", "29..36", "45..51"), hits(text, "straße"));
        assertEquals(List.of(), hits("Straße", "stras"), "half of a folded ß is never a hit");
        assertEquals(List.of("0..6"), hits("Straße", "Straße", true));
        assertEquals(List.of(), hits("Straße", "Strasse", true), "with match case ß is ß");
    }

    @Test
    void greekFinalSigmaAndTitlecaseDigraphsFoldTogether() {
        assertEquals(List.of("0..7"), hits("Σίσυφος", "ΣΊΣΥΦΟΣ"), "capital Σ finds σ and the final ς");
        assertEquals(1, hits("ΣΊΣΥΦΟΣ", "σίσυφος").size(), "final ς and capital Σ");
        assertEquals(List.of("0..1"), hits("ǅ", "ǆ"));
        assertEquals(List.of("0..1"), hits("ﬁle", "fi"), "the fi ligature folds to f and i");
    }

    @Test
    void combiningAccentsMatchTheirPrecomposedLetterButAreNeverSplitOff() {
        String decomposed = "cafe\u0301 noir";
        String precomposed = "caf\u00E9 noir";
        assertEquals(List.of("0..5"), hits(decomposed, "caf\u00E9"), "typed é finds e + combining acute");
        assertEquals(List.of("0..4"), hits(precomposed, "cafe\u0301"), "and the other way round");
        assertEquals(List.of(), hits(decomposed, "cafe"), "e alone would cut the accent off its letter");
        assertEquals(List.of(), hits(precomposed, "cafe"), "accents are not ignored");
        assertEquals(List.of("0..5"), hits("CAFE\u0301", "caf\u00E9"), "case folded, accent kept");
    }

    @Test
    void charactersOutsideTheBasicPlaneAreFoundWholeAtTheirCharOffsets() {
        // 𝔸 (U+1D538) and 😀 (U+1F600) are two chars each.
        String text = "𝔸 says 😀 twice 😀";
        assertEquals(List.of("8..10", "17..19"), hits(text, "😀"));
        assertEquals(List.of("11..16"), hits(text, "TWICE"));
        // Deseret capital and small long I (U+10400, U+10428) fold together outside the BMP.
        assertEquals(List.of("1..3"), hits("x\uD801\uDC00y", "\uD801\uDC28"));
        assertEquals(List.of(), hits("👍\uD83C\uDFFD", "👍"), "a skin-tone modifier belongs to its emoji");
        assertEquals(List.of(), hits("👩\u200D💻", "👩"), "so does what a zero-width joiner joins");
    }

    @Test
    void whiteSpaceRunsQuotesAndHyphensMatchTheirVariants() {
        String text = "the Grey\n   Tern's cargo, Russia\u2019s \u201Cgrain\u201D and the non\u2011state actor";
        assertEquals(List.of("4..18"), hits(text, "grey tern's"), "a line break and indent match a space");
        assertEquals(List.of("26..34"), hits(text, "russia's"));
        assertEquals(List.of("35..42"), hits(text, "\"grain\""));
        assertEquals(List.of("51..60"), hits(text, "non-state"));
        assertEquals(List.of("0..7"), hits("Rus\u00ADsia", "russia"), "a soft hyphen is skipped");
        assertEquals(List.of("0..14"), hits("one\u00A0two  three", "one two three"), "no-break space, two spaces");
    }

    @Test
    void theHitToGoToIsFoundFromWhereTheReaderIs() {
        FindHits found = FindableText.of("a b a b a", false).find("a");
        assertEquals(3, found.size());
        assertEquals(1, found.firstAtOrAfter(1));
        assertEquals(1, found.firstAtOrAfter(4));
        assertEquals(-1, found.firstAtOrAfter(9));
        assertEquals(0, found.lastBefore(4));
        assertEquals(-1, found.lastBefore(0));
        assertEquals(List.of(1, 2), java.util.Arrays.stream(found.indexesWithin(3, 9)).boxed().toList());
    }
}
