package org.lectern.ui.panels;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.InformationCredibility;
import org.lectern.model.Link;
import org.lectern.model.SourceReliability;
import org.lectern.ui.LinkChoice;
import org.lectern.ui.WorkbenchModel;

/**
 * What the Evidence panel shows and what an analyst can do there, without the controls: the evidence chosen,
 * its description and grade (which the panel's controls bind to), its passages and the claims it bears on.
 * Each change an analyst makes becomes one edit; refreshing the lists never writes anything back.
 */
public final class EvidenceViewModel {
    private final WorkbenchModel model;
    private final RecordForm<Evidence> form;
    private final FormField<Evidence, String> description;
    private final FormField<Evidence, SourceReliability> reliability;
    private final FormField<Evidence, InformationCredibility> credibility;
    private final ChosenWithLinks<Evidence> chosen;

    public EvidenceViewModel(WorkbenchModel model) {
        this.model = model;
        form = new RecordForm<>(model, id -> model.state().evidence(id));
        description = form.text(Evidence::description);
        reliability = form.choice(item -> item.grade().reliability());
        credibility = form.choice(item -> item.grade().credibility());
        form.saveWith(item -> {
            SourceReliability source = reliability.valueFor(item);
            InformationCredibility information = credibility.valueFor(item);
            return model.session().edits().editEvidence(item.id(), description.valueFor(item),
                    new Grade(source == null ? item.grade().reliability() : source,
                            information == null ? item.grade().credibility() : information));
        });
        chosen = new ChosenWithLinks<>(model, form, Evidence::passageIds, this::linkRows, model.claims());
    }

    /** Shows evidence (null for none), after saving what the analyst changed in the one shown before. */
    public void choose(Evidence item) {
        chosen.choose(item);
    }

    public ReadOnlyObjectProperty<Evidence> chosenProperty() {
        return chosen.property();
    }

    public BooleanBinding evidenceChosen() {
        return chosen.present();
    }

    public BooleanBinding linkChosen() {
        return chosen.linkChosen();
    }

    FormField<Evidence, SourceReliability> reliability() {
        return reliability;
    }

    FormField<Evidence, InformationCredibility> credibility() {
        return credibility;
    }

    public ObjectProperty<String> descriptionProperty() {
        return description.value();
    }

    public ObjectProperty<SourceReliability> reliabilityProperty() {
        return reliability.value();
    }

    public ObjectProperty<InformationCredibility> credibilityProperty() {
        return credibility.value();
    }

    /** Saves the fields the analyst changed as one edit (the panel calls it when they leave a field). */
    public boolean commit() {
        return form.commit();
    }

    public ObservableList<Annotation> passages() {
        return chosen.passages();
    }

    /** The claims the evidence chosen bears on. */
    public ObservableList<LinkRow> links() {
        return chosen.links();
    }

    public ObjectProperty<LinkRow> chosenLinkProperty() {
        return chosen.chosenLinkProperty();
    }

    /** Deletes the evidence chosen, as one edit. */
    public void deleteEvidence() {
        Evidence item = chosen.get();
        if (item != null) {
            model.perform(model.session().edits().deleteEvidence(item.id()));
        }
    }

    /** Removes the link chosen, as one edit. */
    public void removeLink() {
        chosen.removeLink();
    }

    /** Asks which claim the evidence chosen bears on, and how; links it as one edit. */
    public void linkToClaim() {
        Evidence item = chosen.get();
        if (item == null) {
            return;
        }
        List<Claim> claims = model.state().claims();
        if (claims.isEmpty()) {
            model.dialogs().showInfo("Link to claim", "There are no claims yet. Select a statement in the article and"
                    + " choose New claim from selection.");
            return;
        }
        model.dialogs().chooseLink("Link this evidence to a claim", "Claim", claims).ifPresent(
                (LinkChoice<Claim> choice) -> model.perform(model.session().edits()
                        .link(item.id(), choice.target().id(), choice.stance(), choice.strength())));
    }

    /** The claims a piece of evidence bears on. */
    private List<LinkRow> linkRows(Evidence item) {
        return model.state().linksOfEvidence(item.id()).stream().map(link -> new LinkRow(link,
                model.state().claim(link.claimId()).map(Claim::toString).orElse(""), "")).toList();
    }
}
