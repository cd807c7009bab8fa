package org.lectern.ui.matrix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import org.lectern.model.Claim;
import org.lectern.model.ClaimEvidenceMatrix;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.panels.PassageReveal;

/**
 * What the claim × evidence matrix shows: the claims and evidence with a passage in the document being read, or
 * the whole project's, with the links between them as they are now. It is made anew once after any change to
 * them (an edit, an undo, a colleague's work arriving, another document chosen), while the matrix is open.
 */
public final class MatrixViewModel {
    private final WorkbenchModel model;
    private final ReadOnlyObjectWrapper<ClaimEvidenceMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty wholeProject = new SimpleBooleanProperty(false);
    private final ListChangeListener<Object> changed = change -> refreshSoon();
    private final ChangeListener<Document> documentChosen = (obs, old, now) -> refreshSoon();
    /** Every claim's and item's number, by id, counted once per refresh rather than looked up per cell. */
    private final Map<UUID, String> numbers = new HashMap<>();
    private boolean refreshPending;
    private boolean open;

    public MatrixViewModel(WorkbenchModel model) {
        this.model = model;
        wholeProject.addListener((obs, old, now) -> refreshSoon());
    }

    /** The matrix is shown: it follows the project from now on. */
    public void open() {
        if (!open) {
            open = true;
            model.claims().addListener(changed);
            model.evidence().addListener(changed);
            model.links().addListener(changed);
            model.currentDocumentProperty().addListener(documentChosen);
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
            model.currentDocumentProperty().removeListener(documentChosen);
        }
    }

    public ReadOnlyObjectProperty<ClaimEvidenceMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /**
     * True: every claim and item of evidence in the project. False (the default): those with a passage in the
     * document being read, which keeps the matrix to what the analyst has in front of them and quick to show.
     */
    public BooleanProperty wholeProjectProperty() {
        return wholeProject;
    }

    /** "C3": the claim's number in the Claims tab (and in reports), whichever claims the matrix shows. */
    public String number(Claim claim) {
        return numbers.getOrDefault(claim.id(), "C?");
    }

    /** "E2": the item's number in the Evidence tab (and in reports), whichever evidence the matrix shows. */
    public String number(Evidence item) {
        return numbers.getOrDefault(item.id(), "E?");
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

    /** What the matrix says when it has no rows to show. */
    public String placeholder() {
        if (wholeProject.get()) {
            return "No claims yet. Select what a claimant asserts in the article and press Ctrl+Shift+C to make"
                    + " one; each claim is a row here.";
        }
        return "No claims in this document yet. Select what a claimant asserts and press Ctrl+Shift+C to make one,"
                + " or show the whole project's.";
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
        List<Claim> claims = model.claims();
        List<Evidence> evidence = model.evidence();
        numbers.clear();
        for (int i = 0; i < claims.size(); i++) {
            numbers.put(claims.get(i).id(), "C" + (i + 1));
        }
        for (int i = 0; i < evidence.size(); i++) {
            numbers.put(evidence.get(i).id(), "E" + (i + 1));
        }
        UUID document = model.currentDocument().map(Document::id).orElse(null);
        if (!wholeProject.get()) {
            claims = claims.stream().filter(c -> inDocument(c.passageIds(), document)).toList();
            evidence = evidence.stream().filter(e -> inDocument(e.passageIds(), document)).toList();
        }
        matrix.set(ClaimEvidenceMatrix.of(claims, evidence, model.links()));
    }

    private boolean inDocument(List<UUID> passageIds, UUID document) {
        return document != null && passageIds.stream().anyMatch(id -> model.state().annotation(id)
                .map(a -> a.documentId().equals(document)).orElse(false));
    }
}
