package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.properties.Draw;
import org.lectern.properties.PropertyCheck;
import org.lectern.text.Passages;
import org.lectern.text.SameWords;
import org.lectern.text.TextNormalizer;
import org.lectern.text.TextRange;

/**
 * For any text with runs of blank lines and spaces at line ends, an annotation exported from the copy an older
 * Lectern stored tidied comes in on the same words of the copy kept as it came, and the other way round.
 */
class W3cOtherSpacingPropertyTest {
    /** What stands between two words: spacing of every kind tidying changes, and some it keeps. */
    private static final List<String> SPACING = List.of(" ", " ", "  ", "\t", "\n", "   \n", "\n\n", "\n\n\n",
            "\n\n\n\n\n", " \n\t\n  \n\n", "\u00A0\n\n\n\n", "\n \n \n \n");
    /** Word endings, so that some words hold punctuation, a combining mark or a character outside the BMP. */
    private static final List<String> ENDINGS = List.of("", "", "", ".", ",", "e\u0301", "𝔸");

    /** Distinct words ("word0", "word1", …) so that a passage with its context stands in one place only. */
    private static String text(Draw draw) {
        StringBuilder text = new StringBuilder(draw.oneOf(List.of("", "", "\n\n\n", "  \n", "\n")));
        List<String> pieces = draw.list(1, 60, 90, d -> d.oneOf(ENDINGS) + d.oneOf(SPACING));
        for (int i = 0; i < pieces.size(); i++) {
            text.append("word").append(i).append(pieces.get(i));
        }
        draw.note("text " + codes(text.toString()));
        return text.toString();
    }

    @Test
    void anAnnotationOnTheTidiedCopyComesInOnTheSameWordsOfTheKeptCopy() {
        PropertyCheck.forAll(200, draw -> {
            String text = text(draw);
            checkSameWords(TextNormalizer.tidy(text), text, new Random(draw.below(Integer.MAX_VALUE)));
        });
    }

    @Test
    void anAnnotationOnTheKeptCopyComesInOnTheSameWordsOfTheTidiedCopy() {
        PropertyCheck.forAll(200, draw -> {
            String text = text(draw);
            checkSameWords(text, TextNormalizer.tidy(text), new Random(draw.below(Integer.MAX_VALUE)));
        });
    }

    /** A passage of {@code from} that starts and ends on a word, exported and imported into {@code to}. */
    private static void checkSameWords(String from, String to, Random random) throws Exception {
        int start;
        int end;
        do {
            start = random.nextInt(from.length());
            end = start + 1 + random.nextInt(Math.min(from.length() - start, 120));
        } while (!startsAndEndsOnAWord(from, start, end));
        Document exported = Projects.document("Notes", "", from);
        Tag tag = Projects.tag("Place");
        Annotation annotation = new Annotation(UUID.randomUUID(), exported.id(), Passages.of(from, start, end),
                tag.id(), "", new Stamp("Ben Okafor", Projects.CREATED, Projects.MODIFIED));
        Path file = Files.createTempFile("lectern-other-spacing", ".jsonld");
        try {
            new W3cExport().export(Projects.project(List.of(exported), List.of(tag), List.of(annotation)),
                    ExportScope.EVERYTHING, file, Progress.NONE);
            Document imported = Projects.document("Notes", "", to);
            ProjectSnapshot project = Projects.withDocuments(imported);

            ExchangeImport result = new W3cImport().read(file, project, "Ada");

            String where = "passage " + start + ".." + end + " of " + codes(from);
            TextRange expected = SameWords.of(from, to).orElseThrow().map(start, end).orElseThrow();
            assertEquals(List.of(), result.unplaced(), where);
            Annotation placed = result.changes().stream().map(Change::after).filter(Annotation.class::isInstance)
                    .map(Annotation.class::cast).findFirst().orElseThrow();
            assertEquals(expected, new TextRange(placed.passage().start(), placed.passage().end()), where);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static boolean startsAndEndsOnAWord(String text, int start, int end) {
        return !isSpacing(text.charAt(start)) && !isSpacing(text.charAt(end - 1))
                && !Character.isLowSurrogate(text.charAt(start)) && !Character.isHighSurrogate(text.charAt(end - 1));
    }

    private static boolean isSpacing(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The text with its invisible chars shown, for a message. */
    private static String codes(String text) {
        return text.replace("\n", "⏎").replace("\t", "⇥").replace("\u00A0", "⍽").replace(" ", "·");
    }
}
