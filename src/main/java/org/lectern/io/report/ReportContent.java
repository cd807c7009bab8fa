package org.lectern.io.report;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report shows, already worked out and in reading order, so the templates only lay it out. Every
 * string is plain text (the HTML template escapes it); numbers such as "C1" and "E2" cross-reference claims and
 * evidence. These records are what a user template sees: see the comment at the top of the bundled
 * {@code report.html.peb} for the variable names.
 */
public record ReportContent(String title, String generated, String authors, String counts, String scope,
                            boolean notesIncluded,
                            boolean severalDocuments, boolean actorDescriptions, List<TagStyle> tags, List<DocumentSection> documents,
                            List<ActorRow> actors, List<ClaimEntry> claims, List<EvidenceEntry> evidence,
                            List<EvidenceEntry> unlinkedEvidence, List<MatrixRow> matrix,
                            List<AnnotationRow> annotations, List<AgreementSection> agreement) {

    /** The template's variables: one per component, by the component's name. */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (RecordComponent component : ReportContent.class.getRecordComponents()) {
            try {
                variables.put(component.getName(), component.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("A report content accessor failed: " + component.getName(), e);
            }
        }
        return variables;
    }

    /** A tag's colours; {@code index} names its CSS classes ({@code hl-1}, {@code ul-1}, {@code sw-1}). */
    public record TagStyle(int index, String name, String color, String background) {
    }

    /** One document: its metadata, its legend, its text in paragraphs and the notes on it. */
    public record DocumentSection(String title, String source, String byline, String published, String url,
                                  boolean urlIsWeb, int annotationCount, List<TagCount> legend,
                                  List<Paragraph> paragraphs, List<NoteEntry> notes) {
    }

    /** How often a tag is used, for a legend. */
    public record TagCount(int index, String name, String color, int count) {
    }

    /** A paragraph of the article (the text between blank lines), as runs of plain or highlighted text. */
    public record Paragraph(List<ArticleRun> runs) {
    }

    /**
     * A stretch of article text. If {@code marked}, the highlight of tag {@code tag} paints its background and
     * {@code underlines} are the other highlights over it; {@code notes} are the numbers of the notes whose
     * passages end here.
     */
    public record ArticleRun(String text, boolean marked, int tag, String tagName, String title,
                             List<Underline> underlines, List<Integer> notes) {
    }

    /** A highlight drawn as an underline under a shorter one; {@code depth} 1 is the closest to the text. */
    public record Underline(int tag, String tagName, int depth) {
    }

    /** A note on a highlight, numbered through the whole report. */
    public record NoteEntry(int number, String quote, int tag, String tagName, String note, String author,
                            String created) {
    }

    public record ActorRow(String name, String kind, String aliases, int mentions, String description) {
    }

    /** A passage quoted in the report, with the title of its document. */
    public record Quote(String text, String document) {
    }

    public record ClaimEntry(String number, String statement, String claimant, String status, String likelihood,
                             List<Quote> passages, List<LinkedEvidence> evidence) {
    }

    /** Evidence as it bears on one claim. {@code sign} is "+" for supports, "−" for refutes. */
    public record LinkedEvidence(String number, String description, List<Quote> passages, String grade,
                                 String gradeMeaning, String stance, String strength, String sign) {
    }

    public record EvidenceEntry(String number, String description, List<Quote> passages, String grade,
                                String gradeMeaning) {
    }

    /** A claim's row of the claim × evidence matrix: one cell per item of evidence, in evidence order. */
    public record MatrixRow(String number, String statement, List<MatrixCell> cells) {
    }

    /** "+ strong", "− weak" or empty; {@code stance} is "supports", "refutes" or empty. */
    public record MatrixCell(String text, String stance) {
    }

    /**
     * How far two analysts agree over the report's documents: one row per tag, then all tags; {@code notes} say
     * why the figures marked "– [n]" are undefined, one line each ("[1] no matched passages").
     */
    public record AgreementSection(String first, String second, List<AgreementRow> rows, List<String> notes) {
    }

    /** Figures already written out ("0.82", or "– [1]" where a measure is undefined, with note 1 saying why). */
    public record AgreementRow(String tag, String strictF1, String lenientF1, String kappa, String alpha) {
    }

    public record AnnotationRow(String document, int tag, String tagName, String quote, String note, String author,
                                String created, int start, int end) {
    }
}
