package org.lectern.ui.panels;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Evidence;
import org.lectern.model.Likelihood;
import org.lectern.model.Link;
import org.lectern.ui.LinkChoice;
import org.lectern.ui.WorkbenchModel;

/**
 * What the Claims panel shows and what an analyst can do there, without the controls: the claim chosen, its
 * fields (which the panel's controls bind to), its passages and the evidence linked to it. Each change an
 * analyst makes becomes one edit; refreshing the lists after an edit, undo or redo never writes anything back.
 */
public final class ClaimsViewModel {
    private final WorkbenchModel model;
    private final RecordForm<Claim> form;
    private final FormField<Claim, String> statement;
    private final FormField<Claim, Actor> claimant;
    private final FormField<Claim, ClaimStatus> status;
    private final FormField<Claim, Likelihood> likelihood;
    private final ChosenWithLinks<Claim> chosen;

    public ClaimsViewModel(WorkbenchModel model) {
        this.model = model;
        form = new RecordForm<>(model, id -> model.state().claim(id));
        statement = form.text(Claim::statement);
        claimant = form.choice(claim -> model.state().actor(claim.claimantId()).orElse(null));
        status = form.choice(Claim::status);
        likelihood = form.choice(Claim::likelihood);
        form.saveWith(claim -> {
            Actor who = claimant.valueFor(claim);
            return model.session().edits().editClaim(claim.id(), statement.valueFor(claim),
                    who == null ? null : who.id(), orElse(status.valueFor(claim), claim.status()),
                    orElse(likelihood.valueFor(claim), claim.likelihood()));
        });
        chosen = new ChosenWithLinks<>(model, form, Claim::passageIds, this::linkRows, model.evidence());
    }

    /** Shows a claim (null for none), after saving what the analyst changed in the one shown before. */
    public void choose(Claim claim) {
        chosen.choose(claim);
    }

    public ReadOnlyObjectProperty<Claim> chosenProperty() {
        return chosen.property();
    }

    public BooleanBinding claimChosen() {
        return chosen.present();
    }

    public BooleanBinding linkChosen() {
        return chosen.linkChosen();
    }

    FormField<Claim, String> statement() {
        return statement;
    }

    FormField<Claim, Actor> claimant() {
        return claimant;
    }

    FormField<Claim, ClaimStatus> status() {
        return status;
    }

    FormField<Claim, Likelihood> likelihood() {
        return likelihood;
    }

    /** The statement as the analyst sees it (and types it). */
    public ObjectProperty<String> statementProperty() {
        return statement.value();
    }

    public ObjectProperty<Actor> claimantProperty() {
        return claimant.value();
    }

    public ObjectProperty<ClaimStatus> statusProperty() {
        return status.value();
    }

    public ObjectProperty<Likelihood> likelihoodProperty() {
        return likelihood.value();
    }

    /** Saves the fields the analyst changed as one edit (the panel calls it when they leave a field). */
    public boolean commit() {
        return form.commit();
    }

    RecordForm<Claim> form() {
        return form;
    }

    /** The passages of the claim chosen, in the article. */
    public ObservableList<Annotation> passages() {
        return chosen.passages();
    }

    /** The evidence linked to the claim chosen. */
    public ObservableList<LinkRow> links() {
        return chosen.links();
    }

    public ObjectProperty<LinkRow> chosenLinkProperty() {
        return chosen.chosenLinkProperty();
    }

    /** Deletes the claim chosen, as one edit. */
    public void deleteClaim() {
        Claim claim = chosen.get();
        if (claim != null) {
            model.perform(model.session().edits().deleteClaim(claim.id()));
        }
    }

    /** Removes the link chosen, as one edit. */
    public void removeLink() {
        chosen.removeLink();
    }

    /** Asks which evidence bears on the claim chosen, and how; links it as one edit. */
    public void linkEvidence() {
        Claim claim = chosen.get();
        if (claim == null) {
            return;
        }
        List<Evidence> candidates = model.state().evidence();
        if (candidates.isEmpty()) {
            model.dialogs().showInfo("Link evidence", "There is no evidence yet. Select a passage in the article and"
                    + " choose New evidence from selection.");
            return;
        }
        model.dialogs().chooseLink("Link evidence to this claim", "Evidence", candidates).ifPresent(
                (LinkChoice<Evidence> choice) -> model.perform(model.session().edits()
                        .link(choice.target().id(), claim.id(), choice.stance(), choice.strength())));
    }

    /** The evidence linked to a claim, each with its grade. */
    private List<LinkRow> linkRows(Claim claim) {
        return model.state().linksOfClaim(claim.id()).stream().map(link -> {
            Evidence item = model.state().evidence(link.evidenceId()).orElse(null);
            return new LinkRow(link, item == null ? "" : item.toString(), item == null ? "" : item.grade().code());
        }).toList();
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
