package org.lectern.ui.article;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.service.ProjectEvent;
import org.lectern.ui.WorkbenchModel;

/**
 * The article: read-only, wrapped text with the highlights of its document. A document is styled in one
 * call; after an edit only the stretch it touched is restyled.
 */
public final class ArticleView extends BorderPane {
    private final WorkbenchModel model;
    private final StyleClassedTextArea area = new StyleClassedTextArea() {
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

    /**
     * Shows a document with all its highlights, styled through one StyleSpans in one call. (Building the text
     * and its styles as one prebuilt document was measured too: RichTextFX then splits the styles paragraph by
     * paragraph, which took three times as long on a 1 MB article.)
     */
    /** On the text area when the article's own blank lines separate its paragraphs: no gap is added to them. */
    static final String BLANK_LINE_PARAGRAPHS = "blank-line-paragraphs";

    public void show(Document document) {
        shown = document;
        String text = document == null ? "" : document.text();
        area.getStyleClass().removeAll(LineBlocks.STYLE_CLASS, BLANK_LINE_PARAGRAPHS);
        boolean grouped = LineBlocks.worthGrouping(text);
        // Blocks of lines have no paragraph gap anyway: the scan is spared for a text of millions of lines.
        if (!grouped && org.lectern.text.ParagraphBreaks.separatedByBlankLines(text)) {
            area.getStyleClass().add(BLANK_LINE_PARAGRAPHS); // its blank lines set paragraphs apart already
        }
        if (grouped) {
            area.getStyleClass().add(LineBlocks.STYLE_CLASS);
            area.replace(0, area.getLength(), LineBlocks.of(text, area.getSegOps()));
        } else {
            area.replaceText(text);
        }
        if (document != null && !document.text().isEmpty()) {
            restyleRange(0, document.text().length(), model.state().annotationsOf(document.id()));
        }
        area.moveTo(0);
        area.requestFollowCaret();
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

    private void restyleRange(int from, int to, List<Annotation> annotations) {
        area.setStyleSpans(from, spansOf(annotations, from, to));
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
        if (shown != null && !shown.text().isEmpty()) {
            restyleRange(0, shown.text().length(), model.state().annotationsOf(shown.id()));
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
        int end = Math.min(annotation.passage().end(), area.getLength());
        area.selectRange(annotation.passage().start(), end);
        int paragraph = area.offsetToPosition(annotation.passage().start(), TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtCenter(paragraph);
        // A paragraph taller than the view (a long one, or a block of lines) may still leave the passage out of it.
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
