package org.lectern.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.lectern.model.Annotation;
import org.lectern.ui.actions.Command;
import org.lectern.ui.actions.Commands;
import org.lectern.ui.article.ArticleView;
import org.lectern.ui.article.Lens;

/**
 * Whose highlights the article shows when colleagues' work has been brought in (View → Highlights of):
 * everyone's — the analyst's own filled, each colleague's as a dashed underline — or one analyst's layer alone;
 * and a legend above the article that names the analysts whose highlights the document holds, with their mark.
 */
final class ArticleLayers {
    /** Everyone's highlights: the choice when {@link #shown} is null. */
    private static final String EVERYONE = null;
    private final WorkbenchModel model;
    private final ArticleView article;
    /**
     * The legend's labels are kept and renamed, not made afresh: showing another document would otherwise make,
     * style and skin twenty analysts' labels in the frame that shows it.
     */
    private final Label myEntry = entry(filled(), "layer-mine");
    private final Label onlyEntry = new Label();
    private final List<Label> colleagueEntries = new ArrayList<>();

    private final FlowPane legend = new FlowPane(12, 2);
    private String shown = EVERYONE;
    private String layersShown = "";
    /** How many of the document's highlights each analyst made: followed change by change. */
    private final Map<String, Integer> highlightsByAuthor = new HashMap<>();
    /**
     * The document's analysts in the order they are first met reading it, as they were when one last came or went
     * (the legend does not reshuffle as highlights are added); null when that has to be listed afresh.
     */
    private List<String> authorsInReadingOrder;
    /** What the legend lists now; rebuilt only when that changes, not on every key press. */
    private List<String> legendShown = List.of();
    /** View's three choices: everyone, mine, a colleague's. */
    private List<RadioMenuItem> choices = List.of();
    /** The document holds a colleague's highlights (or one is shown alone): there are layers to tell apart. */
    private final ReadOnlyBooleanWrapper colleagues = new ReadOnlyBooleanWrapper();
    /** One layer is shown alone, so the article can go back to everyone's. */
    private final ReadOnlyBooleanWrapper oneLayerShown = new ReadOnlyBooleanWrapper();

    ArticleLayers(WorkbenchModel model, ArticleView article) {
        this.model = model;
        this.article = article;
        legend.setId("layer-legend");
        legend.getStyleClass().add("layer-legend");
        model.annotations().forEach(a -> highlightsByAuthor.merge(a.stamp().author(), 1, Integer::sum));
        model.annotations().addListener((ListChangeListener<Annotation>) change -> {
            if (replacesAll(change)) {
                recount(change.getList());
            } else if (authorsChanged(change)) {
                authorsInReadingOrder = null;
            }
            refresh();
        });
        model.sessionProperty().addListener((obs, old, now) -> {
            shown = EVERYONE;
            refresh();
        });
        refresh();
    }

    /** The legend above the article; it is hidden while the document holds only the analyst's own highlights. */
    Region legend() {
        return legend;
    }

    /**
     * View: everyone's highlights, only the analyst's own, or only one colleague's (chosen from the analysts
     * whose highlights the document holds).
     */
    List<? extends MenuItem> menuItems(Commands commands) {
        ToggleGroup group = new ToggleGroup();
        choices = java.util.stream.Stream.of(Command.SHOW_EVERYONES_HIGHLIGHTS, Command.SHOW_ONLY_MY_HIGHLIGHTS,
                Command.SHOW_ONLY_A_COLLEAGUES_HIGHLIGHTS).map(command -> {
                    RadioMenuItem item = commands.offer(new RadioMenuItem(), command);
                    item.setToggleGroup(group);
                    return item;
                }).toList();
        markChoice();
        return choices;
    }

    /** Whether there is more than one layer to choose from: a colleague's highlights, or one layer shown alone. */
    BooleanExpression layersToChoose() {
        return colleagues.getReadOnlyProperty().or(oneLayerShown.getReadOnlyProperty());
    }

    /** Whether the document holds a colleague's highlights, to show alone. */
    BooleanExpression colleagues() {
        return colleagues.getReadOnlyProperty();
    }

    void showEveryone() {
        show(EVERYONE);
    }

    void showMine() {
        show(me());
    }

    /**
     * Asks whose layer to show alone. It is offered only while the document holds a colleague's highlights;
     * a cancelled choice leaves the view, and the mark in the menu, as they were.
     */
    void chooseColleague() {
        model.dialogs().choose("Highlights", "Show only the highlights of", colleaguesInDocument())
                .ifPresentOrElse(this::show, this::refresh);
    }

    /** Shows one analyst's layer, or everyone's (null). */
    void show(String author) {
        shown = author;
        refresh();
    }

    private String me() {
        return model.session() == null ? "" : model.session().analyst();
    }

    /** The analysts whose highlights the current document holds, the analyst first. */
    private List<String> analysts() {
        if (authorsInReadingOrder == null) {
            // Walked only when an analyst's first highlight came or their last went, not on every key press.
            Set<String> inOrder = new LinkedHashSet<>();
            for (Annotation annotation : model.annotations()) {
                inOrder.add(annotation.stamp().author());
            }
            authorsInReadingOrder = List.copyOf(inOrder);
        }
        Set<String> authors = new LinkedHashSet<>();
        if (model.session() != null) {
            authors.add(me());
        }
        authors.addAll(authorsInReadingOrder);
        if (shown != EVERYONE) {
            authors.add(shown);
        }
        return new ArrayList<>(authors);
    }

    /** Another document shown, or its highlights read afresh: the whole list replaced (or cleared) at once. */
    private static boolean replacesAll(ListChangeListener.Change<? extends Annotation> change) {
        boolean all = change.next() && change.getFrom() == 0 && change.getAddedSize() == change.getList().size()
                && !change.next();
        change.reset();
        return all;
    }

    /**
     * Counts a whole new list in one walk, which also meets the analysts in reading order, instead of taking the
     * last list's highlights out one by one and walking the new one twice.
     */
    private void recount(List<? extends Annotation> highlights) {
        Tally tally = new Tally();
        // Through forEach, not a loop here: the first time a document of 30,000 highlights is shown the loop's
        // code is still interpreted (the JIT compiles a running loop only after some 60,000 turns) and took some
        // 10 ms of that frame; a consumer called 30,000 times is compiled after its first few thousand.
        highlights.forEach(tally);
        highlightsByAuthor.clear();
        tally.counted.forEach((author, count) -> highlightsByAuthor.put(author, count[0]));
        authorsInReadingOrder = List.copyOf(tally.counted.keySet());
    }

    /**
     * Highlights counted per analyst, in the order the analysts are met. Plain counters, and the last analyst's kept
     * at hand: tens of thousands of highlights come in runs by one analyst, and a boxed count per highlight showed
     * in the frame that opens such a document.
     */
    private static final class Tally implements java.util.function.Consumer<Annotation> {
        private final Map<String, int[]> counted = new LinkedHashMap<>();
        private String lastAuthor;
        private int[] lastCount;

        @Override
        public void accept(Annotation highlight) {
            String author = highlight.stamp().author();
            if (!author.equals(lastAuthor)) {
                lastAuthor = author;
                lastCount = counted.computeIfAbsent(author, a -> new int[1]);
            }
            lastCount[0]++;
        }
    }

    /** Counts the change in; true when an analyst now has highlights who had none, or the other way round. */
    private boolean authorsChanged(ListChangeListener.Change<? extends Annotation> change) {
        boolean changed = false;
        while (change.next()) {
            changed |= change.wasReplaced() && change.getRemovedSize() > 64
                    ? countReplacement(change.getRemoved(), List.copyOf(change.getAddedSubList()))
                    : countSeparately(change.getRemoved(), change.getAddedSubList());
        }
        return changed;
    }

    private boolean countSeparately(List<? extends Annotation> removed, List<? extends Annotation> added) {
        boolean changed = false;
        for (Annotation gone : removed) {
            changed |= uncount(gone);
        }
        for (Annotation came : added) {
            changed |= count(came);
        }
        return changed;
    }

    /**
     * A long edit's slice replaces the whole list with the same highlights plus or minus a hundred. Both lists
     * run in reading order, so walking them side by side meets the same highlight (the same object) on both
     * sides and counts only those that came or went, instead of every row twice per slice.
     */
    private boolean countReplacement(List<? extends Annotation> removed, List<? extends Annotation> added) {
        boolean changed = false;
        int i = 0;
        int j = 0;
        while (i < removed.size() && j < added.size()) {
            Annotation before = removed.get(i);
            Annotation after = added.get(j);
            if (before == after) {
                i++;
                j++;
            } else if (before.passage().start() <= after.passage().start()) {
                changed |= uncount(before);
                i++;
            } else {
                changed |= count(after);
                j++;
            }
        }
        return changed | countSeparately(removed.subList(i, removed.size()), added.subList(j, added.size()));
    }

    /** True when this is the analyst's first highlight in the document. */
    private boolean count(Annotation highlight) {
        return highlightsByAuthor.merge(highlight.stamp().author(), 1, Integer::sum) == 1;
    }

    /** True when this was the analyst's last highlight in the document. */
    private boolean uncount(Annotation highlight) {
        String author = highlight.stamp().author();
        Integer left = highlightsByAuthor.merge(author, -1, Integer::sum);
        if (left != null && left <= 0) {
            highlightsByAuthor.remove(author);
            return true;
        }
        return false;
    }

    private List<String> colleaguesInDocument() {
        List<String> colleagues = new ArrayList<>(analysts());
        colleagues.remove(me());
        return colleagues;
    }

    /** The marks follow what is shown, also when a choice was cancelled or another project opened. */
    private void markChoice() {
        if (choices.size() == 3) {
            choices.get(0).setSelected(shown == EVERYONE);
            choices.get(1).setSelected(shown != EVERYONE && shown.equals(me()));
            choices.get(2).setSelected(shown != EVERYONE && !shown.equals(me()));
        }
    }

    /** Called after each change of highlights, too: the article is restyled only when the layers shown change. */
    void refresh() {
        colleagues.set(!colleaguesInDocument().isEmpty());
        oneLayerShown.set(shown != EVERYONE);
        if (model.session() == null) { // the window closing, or between two projects
            layersShown = "";
            legendShown = List.of();
            legend.getChildren().clear();
            legend.setVisible(false);
            legend.setManaged(false);
            return;
        }
        markChoice();
        String me = me();
        List<String> analysts = analysts();
        // With no colleague's highlight in the document, the plain view: nothing to tell apart.
        String layersNow = shown != EVERYONE ? "only:" + shown : analysts.size() > 1 ? "everyone:" + me : "tags";
        if (!layersNow.equals(layersShown)) {
            layersShown = layersNow;
            article.setNormalLens(shown != EVERYONE ? Lens.only(shown)
                    : analysts.size() > 1 ? Lens.everyone(me) : Lens.TAGS);
        }
        // Twenty analysts' labels made afresh on each key press would be styled and laid out again every time.
        List<String> legendNow = new ArrayList<>(analysts);
        legendNow.add(0, me + "|" + (shown == EVERYONE ? "" : shown));
        if (legendNow.equals(legendShown)) {
            return;
        }
        legendShown = legendNow;
        boolean colleagues = analysts.size() > 1;
        legend.setVisible(colleagues);
        legend.setManaged(colleagues);
        if (!colleagues) {
            legend.getChildren().clear();
            return;
        }
        List<Node> entries = new ArrayList<>();
        if (shown != EVERYONE) {
            onlyEntry.setText("Showing only " + (shown.equals(me) ? "your" : shown + "'s")
                    + " highlights (View → Highlights of → Everyone shows all)");
            entries.add(onlyEntry);
        } else {
            int colleague = 0;
            for (String analyst : analysts) {
                if (analyst.equals(me)) {
                    myEntry.setText(analyst + " (you)");
                    entries.add(myEntry);
                } else {
                    entries.add(colleagueEntry(colleague++, analyst));
                }
            }
        }
        // The same labels in the same places stay where they are: only their names changed.
        if (!sameNodes(legend.getChildren(), entries)) {
            legend.getChildren().setAll(entries);
        }
    }

    private Label colleagueEntry(int index, String analyst) {
        if (index == colleagueEntries.size()) {
            colleagueEntries.add(entry(dashed(), "layer-colleague"));
        }
        Label entry = colleagueEntries.get(index);
        entry.setText(analyst);
        return entry;
    }

    private static Label entry(Node swatch, String styleClass) {
        Label entry = new Label("", swatch);
        entry.getStyleClass().add(styleClass);
        return entry;
    }

    private static boolean sameNodes(List<Node> shownNow, List<Node> wanted) {
        if (shownNow.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (shownNow.get(i) != wanted.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static Region filled() {
        Region swatch = new Region();
        swatch.getStyleClass().add("layer-swatch-filled");
        swatch.setMinSize(18, 10);
        swatch.setPrefSize(18, 10);
        return swatch;
    }

    private static Line dashed() {
        Line line = new Line(0, 0, 18, 0);
        line.getStyleClass().add("layer-swatch-dashed");
        line.setStrokeWidth(2);
        line.getStrokeDashArray().setAll(4.0, 3.0);
        return line;
    }
}
