package org.lectern.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;

class MarkdownReportTest {
    @TempDir
    static Path folder;
    static List<String> lines;

    @BeforeAll
    static void exportTheAnnotatedSample() throws Exception {
        Path target = folder.resolve("report.md");
        new MarkdownReport().export(ReportFixture.sample().snapshot(), ExportScope.EVERYTHING, target,
                Progress.NONE);
        lines = Files.readAllLines(target);
    }

    @Test
    void theTitleAndEverySectionAreHeadings() {
        assertTrue(lines.get(0).startsWith("# Monitors trace missiles seized in Varnesia's Lusk Valley"));
        for (String heading : List.of("## Article", "### Notes", "## Actors", "## Claims and evidence",
                "## Claims × evidence", "## All annotations")) {
            assertTrue(lines.contains(heading), heading);
        }
    }

    @Test
    void highlightsAreMarkedWithTheirTags() {
        String paragraph = line("SELLICK, Varnesia");
        assertTrue(paragraph.contains("==Anti-tank missiles captured from rebel fighters in Varnesia's Lusk Valley "
                + "came from a batch sold to the Oskarian army== *(Claim · Place)*"), paragraph);
        assertTrue(line("The Corridor Arms").startsWith("==The Corridor Arms Monitoring Group (CAMG)== *(Actor)*"));
    }

    @Test
    void notesAreFootnotes() {
        assertTrue(line("Serial numbers stamped").contains("production lot 21-0467== *(Evidence)*[^1]"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[^1]: *Evidence*")
                && l.contains("Strongest item: serials are physical and checkable.") && l.contains("— Ana")));
    }

    @Test
    void claimsListTheirEvidenceWithGradeAndBearing() {
        assertTrue(lines.contains("### C1 · The Tern-4 launch tubes seized at Orrin Ford came from Oskarian army "
                + "stocks"));
        assertTrue(lines.contains("**Claimant:** Corridor Arms Monitoring Group · **Status:** disputed · "
                + "**Likelihood:** likely (55–80%)"));
        assertTrue(lines.contains("- **E1** + supports, strong — Serial numbers on 11 tubes fall within lot 21-0467 "
                + "— **B2** usually reliable / probably true"));
    }

    @Test
    void theMatrixIsATable() {
        assertTrue(lines.contains("| Claim | E1 | E2 | E3 | E4 | E5 |"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("| **C2**") && l.endsWith("| − strong |  |  | − moderate |  |")));
    }

    @Test
    void theAnnotationTableHasARowPerAnnotation() {
        int header = lines.indexOf("| Document | Tag | Quote | Note | Author | Created |");
        long rows = lines.stream().skip(header + 2).takeWhile(l -> l.startsWith("|")).count();
        assertEquals(ReportFixture.sample().annotations.size(), rows);
    }

    @Test
    void textIsEscapedSoItCannotBecomeMarkup() {
        assertEquals("a \\[link\\](javascript:x) \\<b\\> \\*x\\* \\_y\\_ \\`z\\`", MarkdownEscaping.inline(
                "a [link](javascript:x) <b> *x* _y_ `z`"));
        assertEquals("\\\\", MarkdownEscaping.inline("\\"));
        assertEquals("line\\\n\\- item\\\n1\\. first\\\n\\# heading", MarkdownEscaping.inline(
                "line\n- item\n1. first\n    # heading"));
        assertEquals("a | b", MarkdownEscaping.oneLine("a |\n b").replace("\\|", "|"));
    }

    private static String line(String start) {
        return lines.stream().filter(l -> l.contains(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }
}
