package org.lectern.io.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lectern.io.report.ReportContent.ArticleRun;
import org.lectern.io.report.ReportContent.Paragraph;
import org.lectern.io.report.ReportContent.TagStyle;
import org.lectern.io.report.ReportContent.Underline;
import org.lectern.model.Annotation;
import org.lectern.text.ParagraphBreaks;

/**
 * Lays out one document's text as paragraphs of plain and highlighted runs, with note numbers after the runs where
 * noted passages end. Linear in the text after one sort of the highlights. Paragraphs are split where the text
 * separates them, as the window shows them: at blank lines, or at every line break in a text whose paragraphs are
 * single lines (much copied web and wire text), which would otherwise print as one block.
 */
final class ArticleLayout {
    /** Deeper stacks of underlines would run into the next line; the run's title still names every tag. */
    static final int MAX_UNDERLINES = 4;

    private final Map<UUID, TagStyle> tagStyles;
    private final Map<UUID, Integer> noteNumbers;

    ArticleLayout(Map<UUID, TagStyle> tagStyles, Map<UUID, Integer> noteNumbers) {
        this.tagStyles = tagStyles;
        this.noteNumbers = noteNumbers;
    }

    List<Paragraph> paragraphs(String text, List<Annotation> annotations) {
        List<HighlightSweep.Segment> segments = HighlightSweep.segments(annotations, text.length());
        List<List<RunDraft>> paragraphs = new ArrayList<>();
        List<RunDraft> allRuns = new ArrayList<>();
        int segmentIndex = 0;
        for (int[] range : paragraphRanges(text)) {
            List<RunDraft> runs = new ArrayList<>();
            while (segmentIndex < segments.size() && segments.get(segmentIndex).end() <= range[0]) {
                segmentIndex++;
            }
            for (int i = segmentIndex; i < segments.size() && segments.get(i).start() < range[1]; i++) {
                HighlightSweep.Segment segment = segments.get(i);
                int start = Math.max(segment.start(), range[0]);
                int end = Math.min(segment.end(), range[1]);
                RunDraft run = new RunDraft(start, text.substring(start, end), segment.covering());
                runs.add(run);
                allRuns.add(run);
            }
            paragraphs.add(runs);
        }
        attachNotes(annotations, allRuns, text.length());
        return paragraphs.stream()
                .map(runs -> new Paragraph(runs.stream().map(this::toRun).toList()))
                .toList();
    }

    /**
     * Start and end of each paragraph: a maximal run of lines that are not blank when blank lines set the text's
     * paragraphs apart, else each line that is not blank.
     */
    static List<int[]> paragraphRanges(String text) {
        boolean linePerParagraph = !ParagraphBreaks.asShown(text);
        List<int[]> ranges = new ArrayList<>();
        int paragraphStart = -1;
        int lastLineEnd = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (text.substring(lineStart, lineEnd).isBlank()) {
                if (paragraphStart >= 0) {
                    ranges.add(new int[] {paragraphStart, lastLineEnd});
                    paragraphStart = -1;
                }
            } else {
                if (paragraphStart >= 0 && linePerParagraph) {
                    ranges.add(new int[] {paragraphStart, lastLineEnd});
                    paragraphStart = -1;
                }
                if (paragraphStart < 0) {
                    paragraphStart = lineStart;
                }
                lastLineEnd = lineEnd;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (paragraphStart >= 0) {
            ranges.add(new int[] {paragraphStart, lastLineEnd});
        }
        return ranges;
    }

    /**
     * A note goes after the last run that starts before its passage ends: exactly where the passage ends
     * (every end is a cut of the sweep), or at the end of the paragraph when the passage ends in a blank line.
     */
    private void attachNotes(List<Annotation> annotations, List<RunDraft> runs, int textLength) {
        if (runs.isEmpty()) {
            return;
        }
        List<Annotation> noted = annotations.stream().filter(a -> noteNumbers.containsKey(a.id()))
                .sorted((a, b) -> Integer.compare(noteOffset(a, textLength), noteOffset(b, textLength)))
                .toList();
        int runIndex = 0;
        for (Annotation annotation : noted) {
            int offset = noteOffset(annotation, textLength);
            while (runIndex + 1 < runs.size() && runs.get(runIndex + 1).start < offset) {
                runIndex++;
            }
            runs.get(runIndex).notes.add(noteNumbers.get(annotation.id()));
        }
    }

    private static int noteOffset(Annotation annotation, int textLength) {
        return Math.min(annotation.passage().end(), textLength);
    }

    private ArticleRun toRun(RunDraft draft) {
        if (draft.covering.isEmpty()) {
            return new ArticleRun(draft.text, false, 0, "", "", List.of(), List.copyOf(draft.notes));
        }
        TagStyle top = tagStyles.get(draft.covering.get(0).tagId());
        Map<Integer, TagStyle> others = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        names.add(top.name());
        for (Annotation other : draft.covering.subList(1, draft.covering.size())) {
            TagStyle style = tagStyles.get(other.tagId());
            if (!names.contains(style.name())) {
                names.add(style.name());
            }
            if (style.index() != top.index() && others.size() < MAX_UNDERLINES) {
                others.putIfAbsent(style.index(), style);
            }
        }
        // Outermost first: the template opens them in this order, and the outermost sits lowest under the text.
        List<TagStyle> stack = new ArrayList<>(others.values());
        List<Underline> underlines = new ArrayList<>(stack.size());
        for (int i = stack.size() - 1; i >= 0; i--) {
            underlines.add(new Underline(stack.get(i).index(), stack.get(i).name(), i + 1));
        }
        return new ArticleRun(draft.text, true, top.index(), top.name(), String.join(" · ", names),
                List.copyOf(underlines), List.copyOf(draft.notes));
    }

    private static final class RunDraft {
        final int start;
        final String text;
        final List<Annotation> covering;
        final List<Integer> notes = new ArrayList<>(0);

        RunDraft(int start, String text, List<Annotation> covering) {
            this.start = start;
            this.text = text;
            this.covering = covering;
        }
    }
}
