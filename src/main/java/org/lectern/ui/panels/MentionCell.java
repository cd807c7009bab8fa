package org.lectern.ui.panels;

import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.lectern.model.Annotation;
import org.lectern.text.WordsAround;

/**
 * A mention in the Actors panel's list: the passage in bold with a few words either side, so that "the
 * minister" said of one actor is told from the same words said of another without opening each.
 */
final class MentionCell extends ListCell<Annotation> {
    /** Words of context either side: a short line's worth in the panel's width. */
    static final int CONTEXT_WORDS = 4;
    private final Function<Annotation, WordsAround> context;

    MentionCell(Function<Annotation, WordsAround> context) {
        this.context = context;
        setPrefWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        getStyleClass().add("mention-cell");
    }

    @Override
    protected void updateItem(Annotation item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        WordsAround words = context.apply(item);
        setText(words.toString()); // what a screen reader and the list's keyboard search read
        Text before = new Text(words.before());
        Text passage = new Text(words.passage());
        Text after = new Text(words.after());
        before.getStyleClass().add("mention-context");
        after.getStyleClass().add("mention-context");
        passage.getStyleClass().add("mention-passage");
        TextFlow line = new TextFlow(before, passage, after);
        line.setMaxWidth(Double.MAX_VALUE);
        line.prefWidthProperty().bind(widthProperty().subtract(16));
        setGraphic(line);
    }
}
