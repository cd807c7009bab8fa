package org.lectern.io.report;

import static org.lectern.io.report.MarkdownEscaping.inline;
import static org.lectern.io.report.MarkdownEscaping.oneLine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lectern.io.report.ReportContent.ActorRow;
import org.lectern.io.report.ReportContent.AnnotationRow;
import org.lectern.io.report.ReportContent.ArticleRun;
import org.lectern.io.report.ReportContent.ClaimEntry;
import org.lectern.io.report.ReportContent.DocumentSection;
import org.lectern.io.report.ReportContent.EvidenceEntry;
import org.lectern.io.report.ReportContent.LinkedEvidence;
import org.lectern.io.report.ReportContent.MatrixCell;
import org.lectern.io.report.ReportContent.MatrixRow;
import org.lectern.io.report.ReportContent.NoteEntry;
import org.lectern.io.report.ReportContent.Paragraph;
import org.lectern.io.report.ReportContent.Quote;
import org.lectern.io.report.ReportContent.TagCount;

/** Lays a report's content out as Markdown text. */
final class MarkdownWriter {
    private final StringBuilder md = new StringBuilder(1 << 16);
    private final ReportContent report;

    private MarkdownWriter(ReportContent report) {
        this.report = report;
    }

    static String write(ReportContent report) {
        return new MarkdownWriter(report).all();
    }

    private String all() {
        md.append("# ").append(oneLine(report.title())).append("\n\n");
        md.append("*Lectern analyst report · ").append(oneLine(report.generated())).append("*\n\n");
        if (!report.authors().isEmpty()) {
            md.append("Analysts: ").append(oneLine(report.authors())).append(" · ");
        }
        md.append(report.counts()).append("  \n").append(oneLine(report.scope())).append("\n\n");
        report.documents().forEach(this::document);
        actors();
        claims();
        matrix();
        annotations();
        return md.toString();
    }

    private void document(DocumentSection d) {
        md.append("## ").append(report.severalDocuments() ? oneLine(d.title()) : "Article").append("\n\n");
        md.append("| | |\n|---|---|\n");
        row("Title", d.title());
        if (!d.source().isEmpty()) {
            row("Source", d.source());
        }
        if (!d.byline().isEmpty()) {
            row("Byline", d.byline());
        }
        if (!d.published().isEmpty()) {
            row("Published", d.published());
        }
        if (!d.url().isEmpty()) {
            // Shown as escaped text, never as a link: the analyst decides whether to follow it.
            row("URL", d.url());
        }
        md.append('\n');
        if (!d.legend().isEmpty()) {
            md.append("**Tags:** ");
            List<String> entries = new ArrayList<>();
            for (TagCount t : d.legend()) {
                entries.add(oneLine(t.name()) + " (" + t.count() + ")");
            }
            md.append(String.join(" · ", entries)).append("\n\n");
        }
        for (Paragraph paragraph : d.paragraphs()) {
            paragraph(paragraph);
        }
        if (!d.notes().isEmpty()) {
            md.append("### Notes\n\n");
            for (NoteEntry n : d.notes()) {
                md.append("[^").append(n.number()).append("]: *").append(oneLine(n.tagName())).append("* “")
                        .append(oneLine(n.quote())).append("”: ")
                        .append(inline(n.note().strip()).replace("\n", "\n    "))
                        .append(" — ").append(oneLine(n.author())).append(", ").append(oneLine(n.created()))
                        .append("\n\n");
            }
        }
    }

    private void row(String label, String value) {
        md.append("| ").append(label).append(" | ").append(oneLine(value)).append(" |\n");
    }

    /**
     * Consecutive highlighted runs make one {@code ==highlight==}, followed by the tags over it in italics and
     * its note references; Markdown cannot nest or overlap highlights, the tag list shows them all.
     */
    private void paragraph(Paragraph paragraph) {
        StringBuilder line = new StringBuilder();
        List<ArticleRun> runs = paragraph.runs();
        int i = 0;
        while (i < runs.size()) {
            ArticleRun run = runs.get(i);
            if (!run.marked()) {
                line.append(inline(run.text()));
                noteRefs(run.notes(), line);
                i++;
                continue;
            }
            StringBuilder text = new StringBuilder();
            Set<String> tags = new LinkedHashSet<>();
            List<Integer> notes = new ArrayList<>();
            while (i < runs.size() && runs.get(i).marked()) {
                ArticleRun marked = runs.get(i);
                text.append(marked.text());
                tags.add(marked.tagName());
                marked.underlines().forEach(u -> tags.add(u.tagName()));
                notes.addAll(marked.notes());
                i++;
            }
            highlight(text.toString(), tags, notes, line);
        }
        String escaped = line.toString().stripLeading();
        if (!escaped.isBlank()) {
            md.append(escaped).append("\n\n");
        }
    }

    /** Surrounding spaces go outside the == markers, or Markdown would not see them as a highlight. */
    private static void highlight(String text, Set<String> tags, List<Integer> notes, StringBuilder line) {
        String core = text.strip();
        if (core.isEmpty()) {
            line.append(inline(text));
            noteRefs(notes, line);
            return;
        }
        int lead = text.indexOf(core);
        line.append(inline(text.substring(0, lead)));
        line.append("==").append(inline(core)).append("==");
        line.append(" *(").append(String.join(" · ", tags.stream().map(MarkdownEscaping::oneLine).toList()))
                .append(")*");
        noteRefs(notes, line);
        line.append(inline(text.substring(lead + core.length())));
    }

    private static void noteRefs(List<Integer> notes, StringBuilder line) {
        for (Integer note : notes) {
            line.append("[^").append(note).append(']');
        }
    }

    private void actors() {
        md.append("## Actors\n\n");
        if (report.actors().isEmpty()) {
            md.append("*No actors in this report.*\n\n");
            return;
        }
        md.append("| Actor | Kind | Also called | Mentions | Description |\n|---|---|---|--:|---|\n");
        for (ActorRow a : report.actors()) {
            md.append("| **").append(oneLine(a.name())).append("** | ").append(oneLine(a.kind())).append(" | ")
                    .append(oneLine(a.aliases())).append(" | ").append(a.mentions()).append(" | ")
                    .append(oneLine(a.description())).append(" |\n");
        }
        md.append('\n');
    }

    private void claims() {
        md.append("## Claims and evidence\n\n");
        if (report.claims().isEmpty()) {
            md.append("*No claims in this report.*\n\n");
        }
        for (ClaimEntry c : report.claims()) {
            md.append("### ").append(c.number()).append(" · ").append(oneLine(c.statement())).append("\n\n");
            md.append("**Claimant:** ").append(c.claimant().isEmpty() ? "—" : oneLine(c.claimant()))
                    .append(" · **Status:** ").append(oneLine(c.status()))
                    .append(" · **Likelihood:** ").append(oneLine(c.likelihood())).append("\n\n");
            quotes(c.passages(), "");
            if (c.evidence().isEmpty()) {
                md.append("*No evidence linked to this claim.*\n\n");
            }
            for (LinkedEvidence e : c.evidence()) {
                md.append("- **").append(e.number()).append("** ").append(e.sign()).append(' ')
                        .append(oneLine(e.stance())).append(", ").append(oneLine(e.strength())).append(" — ")
                        .append(oneLine(e.description())).append(" — **").append(oneLine(e.grade()))
                        .append("** ").append(oneLine(e.gradeMeaning())).append("\n\n");
                quotes(e.passages(), "  ");
            }
        }
        if (!report.unlinkedEvidence().isEmpty()) {
            md.append("### Evidence not linked to a claim\n\n");
            for (EvidenceEntry e : report.unlinkedEvidence()) {
                md.append("- **").append(e.number()).append("** ").append(oneLine(e.description())).append(" — **")
                        .append(oneLine(e.grade())).append("** ").append(oneLine(e.gradeMeaning())).append("\n\n");
                quotes(e.passages(), "  ");
            }
        }
    }

    private void quotes(List<Quote> quotes, String indent) {
        for (Quote q : quotes) {
            md.append(indent).append("> “").append(oneLine(q.text())).append('”');
            if (report.severalDocuments()) {
                md.append(" — *").append(oneLine(q.document())).append('*');
            }
            md.append("\n\n");
        }
    }

    private void matrix() {
        md.append("## Claims × evidence\n\n");
        if (report.claims().isEmpty() || report.evidence().isEmpty()) {
            md.append("*The matrix needs at least one claim and one item of evidence.*\n\n");
            return;
        }
        md.append("| Claim |");
        report.evidence().forEach(e -> md.append(' ').append(e.number()).append(" |"));
        md.append("\n|---|");
        report.evidence().forEach(e -> md.append(":-:|"));
        md.append('\n');
        for (MatrixRow row : report.matrix()) {
            md.append("| **").append(row.number()).append("** ").append(oneLine(row.statement())).append(" |");
            for (MatrixCell cell : row.cells()) {
                md.append(' ').append(oneLine(cell.text())).append(" |");
            }
            md.append('\n');
        }
        md.append("\n**Key:** + supports, − refutes the claim; strength weak, moderate or strong; "
                + "an empty cell: no link.\n\n");
        for (EvidenceEntry e : report.evidence()) {
            md.append("- **").append(e.number()).append("** ").append(oneLine(e.description())).append(" (")
                    .append(oneLine(e.grade())).append(")\n");
        }
        md.append('\n');
    }

    private void annotations() {
        md.append("## All annotations\n\n");
        if (report.annotations().isEmpty()) {
            md.append("*No annotations in this report.*\n");
            return;
        }
        md.append("| Document | Tag | Quote |").append(report.notesIncluded() ? " Note |" : "")
                .append(" Author | Created |\n|---|---|---|").append(report.notesIncluded() ? "---|" : "")
                .append("---|---|\n");
        for (AnnotationRow a : report.annotations()) {
            md.append("| ").append(oneLine(a.document())).append(" | ").append(oneLine(a.tagName())).append(" | ")
                    .append(oneLine(a.quote())).append(" |");
            if (report.notesIncluded()) {
                md.append(' ').append(oneLine(a.note())).append(" |");
            }
            md.append(' ').append(oneLine(a.author())).append(" | ").append(oneLine(a.created())).append(" |\n");
        }
    }
}
