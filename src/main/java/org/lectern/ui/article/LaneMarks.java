package org.lectern.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.Paragraph;

/**
 * The underline lanes RichTextFX cannot draw: it gives a run of text one underline, so where three or more
 * highlights overlap, the second and further underlines of a run are drawn here, as lines under the
 * paragraph's text at the same heights RichTextFX uses for its lanes. Installed as the paragraph graphic of
 * the paragraphs that need it (unmanaged, so it takes no room), it lays itself out after the text.
 */
final class LaneMarks extends Region {
    /** Distance between lanes and width of each line, in pixels; the CSS of the lanes uses the same. */
    static final double LANE_STEP = 3;
    static final double LINE_WIDTH = 2;
    /** RichTextFX draws an underline this far above the bottom of a line's box (see its TextFlowExt). */
    private static final double RICHTEXTFX_UNDERLINE_RISE = 2.5;

    /**
     * Told that the text moved or re-wrapped, without working out where to: a change listener would have JavaFX lay
     * the whole paragraph out again each time one of its runs is styled as the paragraph is made (once per run).
     * The bounds are read when the lines are drawn, which makes the next change tell again.
     */
    private final InvalidationListener relayout = observable -> redrawSoon();
    private boolean redrawPending;
    private TextFlow text;
    /** What the lines drawn now show, to skip drawing them again the same. */
    private Drawn drawn;

    private LaneMarks() {
        setManaged(false);
        setMouseTransparent(true);
        getStyleClass().add("lane-marks");
        parentProperty().addListener((obs, old, now) -> attach(now));
    }

    /** A paragraph graphic factory: marks for the paragraphs whose runs carry mark classes, nothing elsewhere. */
    static IntFunction<Node> factory(GenericStyledArea<?, ?, Collection<String>> area) {
        return index -> index < area.getParagraphs().size() && needsMarks(area.getParagraph(index))
                ? new LaneMarks() : null;
    }

    private static boolean needsMarks(Paragraph<?, ?, Collection<String>> paragraph) {
        for (var span : paragraph.getStyleSpans()) {
            for (String styleClass : span.getStyle()) {
                if (styleClass.startsWith(HighlightSpans.MARK_PREFIX)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void attach(Parent paragraphBox) {
        if (text != null) {
            text.layoutBoundsProperty().removeListener(relayout);
            text.boundsInParentProperty().removeListener(relayout);
            text = null;
        }
        drawn = null;
        if (paragraphBox == null) {
            return;
        }
        for (Node sibling : paragraphBox.getChildrenUnmodifiable()) {
            if (sibling instanceof TextFlow flow) {
                text = flow;
                // The text re-wraps when its box changes size: the lines move with it.
                flow.layoutBoundsProperty().addListener(relayout);
                flow.boundsInParentProperty().addListener(relayout);
            }
        }
        redrawSoon();
    }

    /**
     * Redraws after the current pulse's layout: a layout requested while the paragraph is being laid out (as when
     * this graphic is added, or the text re-wraps) can be lost, so it is asked for again once that is over.
     */
    private void redrawSoon() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.runLater(() -> {
                redrawPending = false;
                requestLayout();
                layout();
            });
        }
    }

    @Override
    protected void layoutChildren() {
        if (text == null) {
            getChildren().clear();
            drawn = null;
            return;
        }
        text.layout();
        List<Mark> marks = new ArrayList<>();
        int offset = 0;
        for (Node node : text.getChildrenUnmodifiable()) {
            if (!node.isManaged()) {
                continue; // RichTextFX's own shapes: backgrounds, underlines, selection, caret
            }
            int length = node instanceof Text run ? run.getText().length() : 1;
            for (String styleClass : node.getStyleClass()) {
                if (styleClass.startsWith(HighlightSpans.MARK_PREFIX)) {
                    String rest = styleClass.substring(HighlightSpans.MARK_PREFIX.length());
                    int dash = rest.indexOf('-');
                    marks.add(new Mark(offset, offset + length, Integer.parseInt(rest.substring(0, dash)),
                            rest.substring(dash + 1)));
                }
            }
            offset += length;
        }
        // The paragraph is laid out again on every key press anywhere near it: lines that would be drawn the same
        // (same marks, same wrapping, same place) are kept rather than made, styled and laid out afresh.
        Drawn now = new Drawn(marks, text.getLayoutBounds(), text.getBoundsInParent());
        if (now.equals(drawn)) {
            return;
        }
        drawn = now;
        getChildren().clear();
        for (Mark mark : marks) {
            getChildren().add(line(mark.from(), mark.to(), mark.lane(), mark.colourClass()));
        }
    }

    /*
     * Both records spell out equals and hashCode. A record's own are linked through invokedynamic the first time
     * they run, a few milliseconds of method-handle spinning in a cold JVM, and the first time is inside the frame
     * that first shows overlapping highlights, one of the window's longest blocks in a session's first big action.
     */

    /** The lines drawn, and where the paragraph stood when they were. */
    private record Drawn(List<Mark> marks, Bounds layout, Bounds inParent) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Drawn that && marks.equals(that.marks) && layout.equals(that.layout)
                    && inParent.equals(that.inParent);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * marks.hashCode() + layout.hashCode()) + inParent.hashCode();
        }
    }

    /** One underline to draw: a run of the paragraph's text, its lane and its colour's style class. */
    private record Mark(int from, int to, int lane, String colourClass) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Mark that && from == that.from && to == that.to && lane == that.lane
                    && colourClass.equals(that.colourClass);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * (31 * from + to) + lane) + colourClass.hashCode();
        }
    }

    private Path line(int from, int to, int lane, String colourClass) {
        Path path = new Path();
        path.getStyleClass().addAll("lane-mark", colourClass);
        path.setStrokeWidth(LINE_WIDTH);
        path.setStrokeLineCap(StrokeLineCap.BUTT);
        path.setFill(null);
        Insets insets = text.getInsets();
        PathElement[] shape = text.rangeShape(from, to);
        // One rectangle per line of the range: MoveTo top left, LineTo top right, bottom right, bottom left, back.
        for (int i = 2; i + 1 < shape.length; i += 5) {
            LineTo bottomRight = (LineTo) shape[i];
            LineTo bottomLeft = (LineTo) shape[i + 1];
            double y = text.snapSizeY(bottomRight.getY() + lane * LANE_STEP - RICHTEXTFX_UNDERLINE_RISE) + insets.getTop();
            Point2D left = parentToLocal(text.localToParent(text.snapSizeX(bottomLeft.getX()) + insets.getLeft(), y));
            Point2D right = parentToLocal(text.localToParent(text.snapSizeX(bottomRight.getX()) + insets.getLeft(), y));
            path.getElements().addAll(new MoveTo(left.getX(), left.getY()), new LineTo(right.getX(), right.getY()));
        }
        return path;
    }
}
