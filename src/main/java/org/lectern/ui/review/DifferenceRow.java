package org.lectern.ui.review;

import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.lectern.review.diff.Difference;

/**
 * A row of the differences table, whose tooltip tells the whole difference: in a panel a third of the window
 * wide, the columns cut each side's quote after a few words. The text is made when the tooltip shows, so it
 * names the analysts and the decision as they are then.
 */
final class DifferenceRow extends TableRow<Difference> {
    private final Tooltip whole = org.lectern.ui.panels.Forms.wholeText();

    DifferenceRow(ReviewViewModel review) {
        whole.setShowDelay(Duration.millis(400));
        whole.setOnShowing(event -> whole.setText(getItem() == null ? "" : review.describe(getItem())));
    }

    @Override
    protected void updateItem(Difference item, boolean empty) {
        super.updateItem(item, empty);
        setTooltip(empty || item == null ? null : whole);
    }
}
