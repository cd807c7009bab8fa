package org.lectern.ui.article;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.service.ProjectEvent;
import org.lectern.ui.WorkbenchModel;

/**
 * The article: read-only, wrapped text with the highlights of its document. A long document is filled in a
 * slice per step, its styles worked out beside the window; after an edit only the stretch it touched is restyled.
 */
public final class ArticleView extends BorderPane {
    private final WorkbenchModel model;
    private final StyleClassedTextArea area = new StyleClassedTextArea(new ArticleDocument(), true) {
        /** A selection further on than the article is filled in so far fills it in first. */
        @Override
        public void selectRange(int anchor, int caretPosition) {
            fillThrough(Math.max(anchor, caretPosition));
            super.selectRange(anchor, caretPosition);
        }

        /** The document's own characters: a very long line is shown broken at some spaces ({@link LineBlocks}). */
        @Override
        public void copy() {
            IndexRange range = getSelection();
            if (shown != null && range.getLength() > 0 && range.getEnd() <= shown.text().length()) {
                ClipboardContent content = new ClipboardContent();
                content.putString(shown.text().substring(range.getStart(), range.getEnd()));
                Clipboard.getSystemClipboard().setContent(content);
            }
        }
    };
    private Document shown;
    private Lens lens = Lens.TAGS;
    /** The normal view's layers (everyone's, or one analyst's), to which review returns. */
    private Lens normalLens = Lens.TAGS;

    /** Lines longer than about this many characters are hard to follow back to the next line's start. */
    static final int LONGEST_LINE = 75;
    static final double SIDE_MARGIN = 28;
    static final double TOP_MARGIN = 18;
    /** Ordinary newspaper prose, to find how wide an average character of the article's font is. */
    static final String TYPICAL_PROSE =
            "Harbour officials said on Tuesday that the manifest listed only grain, and that nothing else was found.";

    public ArticleView(WorkbenchModel model) {
        this.model = model;
        getStyleClass().add("article-view");
        area.setEditable(false);
        // The text is never edited here, so there is nothing to undo in it; RichTextFX's own undo history would
        // otherwise keep every document shown and every restyling, whole, for as long as the window is open.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.getStyleClass().add("article-text");
        area.getStylesheets().add(ArticleView.class.getResource("article.css").toExternalForm());
        area.setPadding(new Insets(TOP_MARGIN, SIDE_MARGIN, TOP_MARGIN, SIDE_MARGIN));
        area.widthProperty().addListener((obs, old, now) -> keepLinesReadable(now.doubleValue()));
        area.setId("article");
        area.setParagraphGraphicFactory(LaneMarks.factory(area));
        setCenter(new VirtualizedScrollPane<>(area));

        model.currentDocumentProperty().addListener((obs, old, now) -> show(now));
        model.onAnnotationsChanged(this::restyle);
        model.onReveal(this::select);
        area.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 1 && selection().getLength() == 0) {
                highlightAt(area.getCaretPosition()).ifPresent(model::focusAnnotation);
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::navigateHighlights);
        WordSnapping.install(area, () -> selectedHighlight().isPresent());
        nameHighlightsUnderTheMouse();
    }

    /**
     * Resting the mouse on highlighted text names every highlight there, innermost first: where several overlap,
     * the underline colours alone do not say which tags they are.
     */
    private void nameHighlightsUnderTheMouse() {
        Tooltip names = new Tooltip();
        names.getStyleClass().add("highlight-names");
        // A click while it shows must still reach what it was aimed at: the tooltip only hides.
        names.setAutoHide(true);
        names.setConsumeAutoHidingEvents(false);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            String text = highlightNamesAt(event.getCharacterIndex());
            if (!text.isEmpty()) {
                names.setText(text);
                names.show(area, event.getScreenPosition().getX(), event.getScreenPosition().getY() + 16);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> names.hide());
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> names.hide());
        area.addEventHandler(MouseEvent.MOUSE_EXITED, event -> names.hide());
    }

    /** The tags of the highlights at an offset, innermost first, one a line (with their analyst in review). */
    String highlightNamesAt(int offset) {
        if (shown == null) {
            return "";
        }
        return model.state().annotationsOverlapping(shown.id(), offset, offset + 1).stream().filter(lens.shows())
                .sorted(Comparator.comparingInt(a -> a.passage().length()))
                .map(a -> model.tag(a.tagId()).map(t -> t.name()).orElse("?")
                        + (lens == Lens.TAGS ? "" : " — " + a.stamp().author()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * In a wide pane the text keeps a readable line length, as a column in the middle with equal margins; in a
     * narrow one it fills the pane less a small margin.
     */
    private void keepLinesReadable(double width) {
        double column = LONGEST_LINE * averageCharacterWidth();
        double side = Math.floor(Math.max(SIDE_MARGIN, (width - column) / 2));
        if (area.getPadding().getLeft() != side) {
            area.setPadding(new Insets(TOP_MARGIN, side, TOP_MARGIN, side));
        }
    }

    /** Measured in the font the stylesheet gives the article's text (before the first paragraph shows, Serif). */
    private double averageCharacterWidth() {
        Font font = area.lookup(".text") instanceof Text styled ? styled.getFont() : Font.font("Serif", 16.5);
        Text probe = new Text(TYPICAL_PROSE);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth() / TYPICAL_PROSE.length();
    }

    public StyleClassedTextArea textArea() {
        return area;
    }

    public IndexRange selection() {
        return area.getSelection();
    }

    /** On the text area when the article's own blank lines separate its paragraphs: no gap is added to them. */
    static final String BLANK_LINE_PARAGRAPHS = "blank-line-paragraphs";

    /**
     * Shows a document with all its highlights. A short one is shown and styled in one go; a longer one is
     * filled in slice by slice ({@link Filling}): the first slice at once, the rest a few per frame, so the
     * window never waits for a whole megabyte to be laid out and styled. Showing another document stops the
     * filling of the one before, so the article never holds parts of two.
     */
    public void show(Document document) {
        if (filling != null) {
            filling.stop();
            filling = null;
        }
        shown = document;
        String text = document == null ? "" : document.text();
        boolean grouped = LineBlocks.worthGrouping(text);
        // Blocks of lines have no paragraph gap anyway: the scan is spared for a text of millions of lines. A text
        // whose blank lines set its paragraphs apart already gets no gap of the view's own.
        markTextArea(BLANK_LINE_PARAGRAPHS, !grouped
                && org.lectern.text.ParagraphBreaks.asShown(text));
        markTextArea(LineBlocks.STYLE_CLASS, grouped);
        if (text.length() <= SHOWN_AT_ONCE) {
            if (grouped) {
                area.replace(0, area.getLength(), LineBlocks.of(text, area.getSegOps()));
            } else {
                area.replaceText(text);
            }
            if (!text.isEmpty()) {
                restyleRange(0, text.length(), model.state().annotationsOf(document.id()));
            }
        } else {
            filling = new Filling(document, grouped);
            filling.begin();
        }
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /**
     * Gives the text area a style class or takes it away, only if that changes anything: each change restyles every
     * paragraph on the screen, some 6 ms of the frame that swaps one long article for another of the same kind.
     */
    private void markTextArea(String styleClass, boolean on) {
        if (on != area.getStyleClass().contains(styleClass)) {
            if (on) {
                area.getStyleClass().add(styleClass);
            } else {
                area.getStyleClass().remove(styleClass);
            }
        }
    }

    /** True while the document shown is still coming into the article, a slice at a time. */
    public boolean isFilling() {
        return filling != null;
    }

    /** How much of the document shown the article holds so far (all of it once filled in). */
    private int filled() {
        return filling == null ? (shown == null ? 0 : shown.text().length()) : filling.filled;
    }

    /**
     * Fills in the rest of the document at once, when something must reach a place not yet shown (Find going to a
     * hit further on, a selection made by keys or by the program).
     */
    private void fillThrough(int offset) {
        if (filling != null && !filling.appending && offset > filling.filled) {
            filling.finish();
        }
    }

    /** Up to this many characters a document is shown in one go: a few milliseconds of work. */
    static final int SHOWN_AT_ONCE = 20_000;
    /** A slice of a longer document: this many characters, to the next line end. */
    static final int SLICE_CHARS = 12_000;
    /**
     * The first slice, shown at once, is smaller: about what a full-screen window shows, so that the frame that
     * shows a document does no more work than it must; the rest follows in the next frames.
     */
    static final int FIRST_SLICE_CHARS = 5_000;
    /** Slices are added while a frame has spent less than this on them. */
    private static final long FRAME_BUDGET_NANOS = 8_000_000L;

    private Filling filling;

    /**
     * A long document being filled in: a slice of its text, styled, appended per step. Its highlights' styles are
     * worked out on a worker meanwhile for the whole text in one sweep (the first slice, shown at once, is styled
     * on its own); once they are there each slice takes its part of them. When the highlights change before the
     * document is filled in, or the view changes lens, those styles are stale: each slice is then styled from
     * the highlights as they are now, as an edit restyles the text.
     */
    private final class Filling extends javafx.animation.AnimationTimer {
        private final String text;
        private final boolean grouped;
        private final java.util.function.Supplier<StyleSpans<Collection<String>>> styling;
        /** Asked of a worker once the first slice is on the screen: until then it would compete for the CPU. */
        private java.util.concurrent.CompletableFuture<StyleSpans<Collection<String>>> styles;
        private boolean stylesStale;
        private SpanSlices<Collection<String>> slices;
        private boolean appending;
        private int filled;
        /** A passage asked to be selected that lies beyond what is filled in: selected once it is there. */
        private Annotation waitingToBeSelected;
        private boolean firstFrameOut;

        Filling(Document document, boolean grouped) {
            this.text = document.text();
            this.grouped = grouped;
            // Taken here, on the window's thread: the worker reads only this list, never the project. The window's
            // list of the current document's highlights has just been read afresh; a copy of it costs little.
            List<Annotation> highlights = model.currentDocument().orElse(null) == document
                    ? List.copyOf(model.annotations())
                    : model.state().annotationsOverlapping(document.id(), 0, text.length());
            Lens styledBy = lens;
            List<Annotation> visible = styledBy == Lens.TAGS ? highlights
                    : highlights.stream().filter(styledBy.shows()).toList();
            styling = () -> HighlightSpans.build(visible, 0, text.length(), styledBy.classes());
        }

        /** Shows the first slice at once and the rest frame by frame. */
        void begin() {
            appendSlice(true);
            if (filling == this) {
                start();
            }
        }

        @Override
        public void handle(long now) {
            if (model.session() == null) { // the window closed, or another project is being opened
                stop();
                filling = null;
                return;
            }
            if (!firstFrameOut) {
                firstFrameOut = true; // the frame that shows the first slice is spared the next ones
                return;
            }
            if (styles == null && !stylesStale) {
                // The frame before laid out and painted the first slice on a machine whose cores this worker
                // would otherwise have shared with it.
                styles = model.work().prepare(styling);
            }
            if (!stylesStale && !styles.isDone()) {
                return; // a frame or two, until the styles are worked out
            }
            long begun = System.nanoTime();
            while (filling == this && System.nanoTime() - begun < FRAME_BUDGET_NANOS) {
                appendSlice(false);
            }
        }

        void finish() {
            while (filling == this) {
                appendSlice(false);
            }
        }

        /**
         * The first slice replaces what the article showed; each next one is appended after it, to the text area's
         * content itself: the text area's own replace would move the caret to the end of every slice.
         */
        private void appendSlice(boolean first) {
            int from = first ? 0 : filled;
            int sliceChars = first ? FIRST_SLICE_CHARS : SLICE_CHARS;
            int to;
            StyledDocument<Collection<String>, String, Collection<String>> slice;
            if (grouped) {
                to = LineBlocks.sliceEnd(text, first ? 0 : from + 1, sliceChars);
                slice = LineBlocks.of(text, first ? 0 : from + 1, to, area.getSegOps());
            } else {
                int lineEnd = text.indexOf('\n', Math.min(text.length(), from + sliceChars));
                to = lineEnd < 0 ? text.length() : lineEnd;
                slice = ReadOnlyStyledDocument.fromString(text.substring(from, to), Collections.emptyList(),
                        Collections.emptyList(), SegmentOps.styledTextOps());
            }
            appending = true; // the text area's replace selects, which must not ask for more to be filled in
            try {
                if (first) {
                    area.replace(0, area.getLength(), slice);
                } else {
                    area.getContent().replace(from, from, slice);
                }
            } finally {
                appending = false;
            }
            filled = to;
            if (first || stylesStale || styles == null || !styles.isDone() || styles.isCompletedExceptionally()) {
                restyleGroupsTouching(from, to);
            } else if (to > from) {
                if (slices == null) {
                    slices = new SpanSlices<>(styles.join());
                }
                area.setStyleSpans(from, slices.of(from, to));
            }
            if (filled == text.length()) {
                stop();
                filling = null;
            }
            if (waitingToBeSelected != null && waitingToBeSelected.passage().end() <= filled) {
                Annotation passage = waitingToBeSelected;
                waitingToBeSelected = null;
                select(passage);
            }
        }
    }

    private void restyle(ProjectEvent event) {
        if (shown == null || shown.text().isEmpty()) {
            return;
        }
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (Change change : event.changes()) {
            if (change.subject() instanceof Annotation annotation && annotation.documentId().equals(shown.id())) {
                for (var side : new Annotation[] {(Annotation) change.before(), (Annotation) change.after()}) {
                    if (side != null) {
                        from = Math.min(from, side.passage().start());
                        to = Math.max(to, side.passage().end());
                    }
                }
            }
        }
        if (to > from) {
            if (filling != null) {
                filling.stylesStale = true; // the styles worked out for the rest of the text are out of date
            }
            restyleGroupsTouching(from, to);
        }
    }

    /**
     * Restyles the groups of highlights overlapping {@code from..to}, through each other too: a new highlight can
     * move another one's underline to a different lane along its whole length. Of that stretch only the part
     * whose styles actually differ is handed to the text area, which is what restyling costs: on a long run of
     * overlapping highlights, each slice of a big import or undo then restyles about its own highlights, not
     * the whole run again.
     */
    private void restyleGroupsTouching(int from, int to) {
        // Through the document's index of highlights by place: a slice's stretch is found without going through
        // every highlight of the document.
        List<Annotation> group = model.state().annotationsOverlapping(shown.id(), from, to);
        int groupFrom = from;
        int groupTo = to;
        while (true) {
            for (Annotation annotation : group) {
                groupFrom = Math.min(groupFrom, annotation.passage().start());
                groupTo = Math.max(groupTo, annotation.passage().end());
            }
            if (groupFrom == from && groupTo == to) {
                break;
            }
            from = groupFrom;
            to = groupTo;
            group = model.state().annotationsOverlapping(shown.id(), from, to);
        }
        int stretchFrom = groupFrom;
        int stretchTo = Math.min(groupTo, area.getLength());
        if (stretchTo <= stretchFrom) {
            return;
        }
        StyleSpans<Collection<String>> fresh = spansOf(group, stretchFrom, stretchTo);
        ChangedStretch.between(area.getStyleSpans(stretchFrom, stretchTo), fresh).ifPresent(changed ->
                area.setStyleSpans(stretchFrom + changed.getStart(),
                        fresh.subView(changed.getStart(), changed.getEnd())));
    }

    /**
     * Restyles {@code from..to}; only the part whose styles differ is handed to the text area. When the first
     * colleague's highlight of a big import arrives, the view changes lens and the whole article is restyled,
     * though only the highlights of that slice look any different.
     */
    private void restyleRange(int from, int to, List<Annotation> annotations) {
        StyleSpans<Collection<String>> fresh = spansOf(annotations, from, to);
        ChangedStretch.between(area.getStyleSpans(from, to), fresh).ifPresent(changed ->
                area.setStyleSpans(from + changed.getStart(), fresh.subView(changed.getStart(), changed.getEnd())));
    }

    private StyleSpans<Collection<String>> spansOf(List<Annotation> annotations, int from, int to) {
        List<Annotation> visible = lens == Lens.TAGS ? annotations
                : annotations.stream().filter(lens.shows()).toList();
        return HighlightSpans.build(visible, from, to, lens.classes());
    }

    /**
     * Changes what the article shows of the highlights, and restyles the whole document once. {@link Lens#TAGS}
     * returns to the normal view, with the layers chosen in View → Highlights.
     */
    public void setLens(Lens newLens) {
        lens = newLens == Lens.TAGS ? normalLens : newLens;
        if (filling != null) {
            filling.stylesStale = true; // worked out for the lens before
        }
        // Of a document still being filled in, the part there so far: the rest is styled as it comes.
        if (shown != null && filled() > 0) {
            restyleRange(0, filled(), model.state().annotationsOf(shown.id()));
        }
    }

    /** The normal view shows these layers (see {@link #setLens}); while review compares analysts it waits. */
    public void setNormalLens(Lens layers) {
        boolean normalShown = lens == normalLens;
        normalLens = layers;
        if (normalShown) {
            setLens(layers);
        }
    }

    /** The innermost highlight at an offset: the one a click there most plausibly means. */
    public Optional<Annotation> highlightAt(int offset) {
        if (shown == null) {
            return Optional.empty();
        }
        return model.state().annotationsOverlapping(shown.id(), offset, offset + 1).stream().filter(lens.shows())
                .min(Comparator.comparingInt(a -> a.passage().length()));
    }

    /** The highlight the selection is exactly (the innermost, if several share its stretch), if it is one. */
    public Optional<Annotation> selectedHighlight() {
        IndexRange selection = selection();
        if (shown == null || selection.getLength() == 0) {
            return Optional.empty();
        }
        return model.state().annotationsOverlapping(shown.id(), selection.getStart(), selection.getEnd()).stream()
                .filter(lens.shows()).filter(a -> a.passage().start() == selection.getStart()
                        && a.passage().end() == selection.getEnd()).findFirst();
    }

    /** Selects a passage and scrolls it into the middle of the view. */
    public void select(Annotation annotation) {
        if (shown == null || !shown.id().equals(annotation.documentId())) {
            return;
        }
        if (filling != null && annotation.passage().end() > filling.filled) {
            filling.waitingToBeSelected = annotation; // selected as soon as the article holds it
            return;
        }
        int end = Math.min(annotation.passage().end(), area.getLength());
        area.selectRange(annotation.passage().start(), end);
        centre(annotation.passage().start());
    }

    /**
     * Brings the passage {@code start..end} into view for the reader stepping through it (Find): where it already
     * stands in view, a line clear of the top and bottom edges, the text stays put, so stepping through passages on
     * one screen does not make it jump; out of view, or at an edge, it comes to the middle with the lines around
     * it, as browsers and editors do, rather than onto the view's last line.
     */
    public void reveal(int start, int end) {
        Bounds view = area.localToScreen(area.getLayoutBounds());
        Optional<Bounds> shown = area.getCharacterBoundsOnScreen(start, end);
        if (view != null && shown.isPresent()) {
            double line = area.getCharacterBoundsOnScreen(start, Math.min(start + 1, end))
                    .map(Bounds::getHeight).orElse(0.0);
            if (shown.get().getMinY() >= view.getMinY() + line && shown.get().getMaxY() <= view.getMaxY() - line) {
                return;
            }
        }
        centre(start);
    }

    /** Scrolls the paragraph holding {@code offset} to the middle of the view. */
    private void centre(int offset) {
        area.showParagraphAtCenter(area.offsetToPosition(offset, TwoDimensional.Bias.Forward).getMajor());
        // A paragraph taller than the view (a long one, or a block of lines) may still leave the caret out of it.
        area.requestFollowCaret();
    }

    /** Alt+Down / Alt+Up step to the next or previous highlight. */
    private void navigateHighlights(KeyEvent event) {
        if (!event.isAltDown() || shown == null
                || (event.getCode() != KeyCode.DOWN && event.getCode() != KeyCode.UP)) {
            return;
        }
        if (event.getCode() == KeyCode.DOWN) {
            nextHighlight();
        } else {
            previousHighlight();
        }
        event.consume();
    }

    public void nextHighlight() {
        int from = selection().getLength() > 0 ? selection().getStart() + 1 : area.getCaretPosition();
        model.annotations().stream().filter(a -> a.passage().start() >= from).findFirst()
                .ifPresent(this::step);
    }

    public void previousHighlight() {
        int before = selection().getLength() > 0 ? selection().getStart() : area.getCaretPosition();
        List<Annotation> annotations = model.annotations();
        for (int i = annotations.size() - 1; i >= 0; i--) {
            if (annotations.get(i).passage().start() < before) {
                step(annotations.get(i));
                return;
            }
        }
    }

    private void step(Annotation annotation) {
        select(annotation);
        model.focusAnnotation(annotation);
    }
}
