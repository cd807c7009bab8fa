package org.lectern.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.lectern.model.Document;
import org.lectern.text.FindHits;
import org.lectern.text.FindableText;
import org.lectern.text.TextRange;
import org.lectern.ui.article.ArticleView;

/**
 * Ctrl+F: find text in the article. The count ("3 of 12") follows the query as it is typed; Enter or F3 goes to
 * the next hit, Shift+Enter or Shift+F3 to the previous one, wrapping round at either end with a note; Escape
 * closes the bar and gives the keys back to the article, with the hit selected (so 1–9 tags it).
 *
 * <p>Every hit in view is marked by an outline drawn over the tag highlights, the current one in a stronger
 * colour. The outlines are extra selections of the text area, so they never disturb the highlights' styles; only
 * the hits near the visible paragraphs get one, so "e" in a long report stays cheap.
 */
final class FindBar extends HBox {
    /** Hits outlined at most at once, and paragraphs beyond the visible ones that get theirs ahead of scrolling. */
    private static final int MOST_OUTLINED = 400;
    private static final int PARAGRAPHS_AHEAD = 10;
    /**
     * Texts up to this many characters are searched at once, as the query is typed (a few milliseconds); longer
     * ones (a 40 MB text takes half a second to prepare) on a thread of their own, so typing never waits for them.
     */
    static final int SEARCHED_AT_ONCE = 2_000_000;
    /** One search at a time, on a thread that does not keep Lectern from exiting. */
    private static final ExecutorService SEARCHES = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "Find in article");
        thread.setDaemon(true);
        return thread;
    });

    private final ArticleView article;
    private final StyleClassedTextArea area;
    private final WorkbenchModel model;
    private final TextField query = new TextField();
    private final ToggleButton matchCase = new ToggleButton("Aa");
    private final Label count = new Label();
    private final Label note = new Label();
    private final List<Selection<?, ?, ?>> outlines = new ArrayList<>();
    private FindableText prepared;
    private FindHits hits = FindHits.NONE;
    private int current = -1;
    /** Where the search started: typing finds the first hit from here, as a browser does. */
    private int anchor;
    private int[] outlined = new int[0];
    private int outlinedCurrent = -1;
    private boolean repaintPending;
    /** Counts searches, so that the result of one overtaken by a newer query is dropped (read by the search too). */
    private volatile int searches;
    private boolean searching;
    /** Enter or F3 pressed while a long text is being searched: steps taken once the hits are known. */
    private final List<Boolean> pendingSteps = new ArrayList<>();

    FindBar(WorkbenchModel model, ArticleView article) {
        this.model = model;
        this.article = article;
        this.area = article.textArea();
        setId("find-bar");
        getStyleClass().add("find-bar");
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        query.setId("find-query");
        query.setPromptText("Find in article");
        HBox.setHgrow(query, Priority.ALWAYS);
        matchCase.setId("find-match-case");
        matchCase.setAccessibleText("Match case");
        matchCase.setTooltip(new Tooltip("Match case (off: \"strasse\" also finds \"Straße\" and \"STRASSE\")"));
        count.setId("find-count");
        count.setMinWidth(USE_PREF_SIZE);
        note.setId("find-note");
        note.getStyleClass().add("find-note");
        note.setMinWidth(USE_PREF_SIZE);
        // Short glyphs, so that the bar fits the article's column at any window size; the tooltips say the rest.
        Button previous = new Button("↑");
        Button next = new Button("↓");
        Button close = new Button("✕");
        previous.setTooltip(new Tooltip("Previous (Shift+Enter, Shift+F3)"));
        next.setTooltip(new Tooltip("Next (Enter, F3)"));
        close.setTooltip(new Tooltip("Close (Escape)"));
        previous.setAccessibleText("Previous");
        next.setAccessibleText("Next");
        close.setAccessibleText("Close find");
        for (var control : List.of(matchCase, previous, next, close)) {
            control.setMinWidth(USE_PREF_SIZE);
        }
        query.setMinWidth(90);
        previous.setOnAction(e -> previous());
        next.setOnAction(e -> next());
        close.setOnAction(e -> hide());
        query.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                step(!event.isShiftDown());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                hide();
                event.consume();
            }
        });
        query.textProperty().addListener((obs, old, now) -> refresh());
        matchCase.selectedProperty().addListener((obs, old, now) -> {
            prepared = null;
            refresh();
        });
        model.currentDocumentProperty().addListener((obs, old, now) -> {
            prepared = null;
            anchor = 0;
            forgetSearch();
            if (isVisible()) {
                refresh();
            }
        });
        area.viewportDirtyEvents().subscribe(ignored -> repaintLater());
        getChildren().addAll(query, matchCase, previous, next, count, note, close);
        setVisible(false);
        setManaged(false);
    }

    void open() {
        if (!isVisible()) {
            anchor = article.selection().getStart();
            setVisible(true);
            setManaged(true);
            refresh();
        }
        query.requestFocus();
        query.selectAll();
    }

    void hide() {
        forgetSearch();
        setVisible(false);
        setManaged(false);
        clearOutlines();
        note.setText("");
        area.requestFocus();
    }

    /** F3: the next hit (opening the bar first if it is closed). */
    void next() {
        showThenStep(true);
    }

    /** Shift+F3: the previous hit. */
    void previous() {
        showThenStep(false);
    }

    private void showThenStep(boolean forward) {
        if (!isVisible()) {
            open();
            if (!hits.isEmpty() || searching) {
                return; // opening already went (or will go) to the first hit from the reader's place
            }
        }
        step(forward);
    }

    /** Finds every hit of the query again, goes to the first one from where the search started. */
    private void refresh() {
        note.setText("");
        int search = ++searches;
        searching = false;
        pendingSteps.clear();
        Document document = model.currentDocument().orElse(null);
        String text = query.getText();
        if (document == null || text.isEmpty()) {
            hits = FindHits.NONE;
            current = -1;
            showCount();
            return;
        }
        boolean caseMatters = matchCase.isSelected();
        FindableText ready = prepared != null && prepared.text().equals(document.text())
                && prepared.matchesCase() == caseMatters ? prepared : null;
        if (document.text().length() <= SEARCHED_AT_ONCE) {
            prepared = ready != null ? ready : FindableText.of(document.text(), caseMatters);
            showHits(prepared.find(text));
            return;
        }
        searching = true;
        hits = FindHits.NONE;
        current = -1;
        showCount();
        SEARCHES.execute(() -> {
            if (search != searches) {
                return; // a newer query came before this one started
            }
            FindableText searched = ready != null ? ready : FindableText.of(document.text(), caseMatters);
            FindHits found = searched.find(text);
            Platform.runLater(() -> {
                if (search == searches) {
                    searching = false;
                    prepared = searched;
                    showHits(found);
                    List<Boolean> steps = new ArrayList<>(pendingSteps);
                    pendingSteps.clear();
                    steps.forEach(this::step);
                }
            });
        });
    }

    /** A search still running is of no use any more: its hits are dropped when it ends. */
    private void forgetSearch() {
        searches++;
        searching = false;
        pendingSteps.clear();
    }

    private void showHits(FindHits found) {
        hits = found;
        current = hits.isEmpty() ? -1 : hits.firstAtOrAfter(anchor);
        if (current < 0 && !hits.isEmpty()) {
            current = 0;
        }
        if (current >= 0) {
            go(current);
        } else {
            showCount();
        }
    }

    private void step(boolean forward) {
        if (searching) {
            pendingSteps.add(forward);
            return;
        }
        if (hits.isEmpty()) {
            return;
        }
        int from = current;
        if (from < 0 || !hits.get(from).equals(selected())) {
            // The reader moved since: go on from where they are now.
            var selection = article.selection();
            from = forward ? hits.firstAtOrAfter(selection.getStart() + (selection.getLength() > 0 ? 1 : 0)) - 1
                    : hits.lastBefore(selection.getStart()) + 1;
            if (from < -1) {
                from = hits.size() - 1; // nothing after the reader: the step below wraps to the first
            }
        }
        int to = forward ? from + 1 : from - 1;
        String wrapped = "";
        if (to >= hits.size()) {
            to = 0;
            wrapped = "Passed the end";
        } else if (to < 0) {
            to = hits.size() - 1;
            wrapped = "Passed the start";
        }
        go(to);
        note.setText(wrapped);
    }

    private TextRange selected() {
        var selection = article.selection();
        return new TextRange(selection.getStart(), selection.getEnd());
    }

    private void go(int index) {
        current = index;
        anchor = hits.get(index).start();
        TextRange hit = hits.get(index);
        area.selectRange(hit.start(), hit.end());
        article.reveal(hit.start(), hit.end());
        showCount();
    }

    private void showCount() {
        count.setText(query.getText().isEmpty() ? "" : searching ? "Searching…" : hits.isEmpty() ? "No matches"
                : (current + 1) + " of " + hits.size());
        count.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("none"),
                !query.getText().isEmpty() && !searching && hits.isEmpty());
        repaintOutlines();
    }

    private void repaintLater() {
        if (!repaintPending && isVisible() && !hits.isEmpty()) {
            repaintPending = true;
            Platform.runLater(() -> {
                repaintPending = false;
                repaintOutlines();
            });
        }
    }

    /** Outlines the hits in and near the visible paragraphs; nothing changes when they are the same ones. */
    private void repaintOutlines() {
        int[] wanted = isVisible() ? hitsNearView() : new int[0];
        if (Arrays.equals(wanted, outlined) && outlinedCurrent == current) {
            return;
        }
        clearOutlines();
        for (int index : wanted) {
            TextRange hit = hits.get(index);
            String kind = index == current ? "find-current" : "find-hit";
            SelectionImpl<?, ?, ?> outline = outline(kind + "-" + index, kind);
            outline.selectRange(hit.start(), hit.end());
            outlines.add(outline);
        }
        outlined = wanted;
        outlinedCurrent = current;
    }

    private SelectionImpl<?, ?, ?> outline(String name, String styleClass) {
        var selection = new SelectionImpl<>(name, area, path -> path.getStyleClass().add(styleClass));
        area.addSelection(selection);
        return selection;
    }

    private int[] hitsNearView() {
        if (hits.isEmpty() || area.getLength() == 0) {
            return new int[0];
        }
        int first;
        int last;
        try {
            first = Math.max(0, area.firstVisibleParToAllParIndex() - PARAGRAPHS_AHEAD);
            last = Math.min(area.getParagraphs().size() - 1, area.lastVisibleParToAllParIndex() + PARAGRAPHS_AHEAD);
        } catch (RuntimeException notLaidOutYet) {
            first = 0;
            last = Math.min(area.getParagraphs().size() - 1, PARAGRAPHS_AHEAD * 3);
        }
        int from = area.getAbsolutePosition(first, 0);
        int to = area.getAbsolutePosition(last, area.getParagraphLength(last));
        int[] near = hits.indexesWithin(from, to + 1);
        return near.length <= MOST_OUTLINED ? near : Arrays.copyOf(near, MOST_OUTLINED);
    }

    private void clearOutlines() {
        for (Selection<?, ?, ?> outline : outlines) {
            removeOutline(outline);
        }
        outlines.clear();
        outlined = new int[0];
        outlinedCurrent = -1;
    }

    @SuppressWarnings("unchecked")
    private void removeOutline(Selection<?, ?, ?> outline) {
        area.removeSelection((Selection<java.util.Collection<String>, String, java.util.Collection<String>>) outline);
    }
}
