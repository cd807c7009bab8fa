package org.lectern.ui.matrix;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import org.lectern.model.Claim;
import org.lectern.model.ClaimEvidenceMatrix;
import org.lectern.model.Evidence;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.panels.PassageReveal;

/**
 * What the claim × evidence matrix shows: the project's claims, evidence and links as they are now, made anew
 * once after any change to them (an edit, an undo, a colleague's work arriving), while the matrix is open.
 */
public final class MatrixViewModel {
    private final WorkbenchModel model;
    private final ReadOnlyObjectWrapper<ClaimEvidenceMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ListChangeListener<Object> changed = change -> refreshSoon();
    private boolean refreshPending;
    private boolean open;

    public MatrixViewModel(WorkbenchModel model) {
        this.model = model;
    }

    /** The matrix is shown: it follows the project from now on. */
    public void open() {
        if (!open) {
            open = true;
            model.claims().addListener(changed);
            model.evidence().addListener(changed);
            model.links().addListener(changed);
        }
        refresh();
    }

    /** The matrix is closed: it no longer follows the project. */
    public void close() {
        if (open) {
            open = false;
            model.claims().removeListener(changed);
            model.evidence().removeListener(changed);
            model.links().removeListener(changed);
        }
    }

    public ReadOnlyObjectProperty<ClaimEvidenceMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** Shows the claim in the window: its tab, its row and its passage in the article. */
    public void showClaim(Claim claim) {
        model.focus(claim);
        PassageReveal.first(model, claim.passageIds());
    }

    /** Shows the item of evidence in the window: its tab, its row and its passage in the article. */
    public void showEvidence(Evidence item) {
        model.focus(item);
        PassageReveal.first(model, item.passageIds());
    }

    /** What the matrix says when it has no cells to show. */
    public String placeholder() {
        ClaimEvidenceMatrix now = matrix.get();
        if (now == null || now.claims().isEmpty()) {
            return "No claims yet. Select what a claimant asserts in the article and press Ctrl+Shift+C to make"
                    + " one; each claim is a row here.";
        }
        return "";
    }

    /** An edit changes claims, evidence and links together: the matrix is made once, after all of them. */
    private void refreshSoon() {
        if (!refreshPending) {
            refreshPending = true;
            Platform.runLater(() -> {
                refreshPending = false;
                if (open) {
                    refresh();
                }
            });
        }
    }

    private void refresh() {
        matrix.set(ClaimEvidenceMatrix.of(model.claims(), model.evidence(), model.links()));
    }
}
