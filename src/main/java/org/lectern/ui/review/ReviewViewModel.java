package org.lectern.ui.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Tag;
import org.lectern.review.AdjudicatedCopies;
import org.lectern.review.Agreement;
import org.lectern.review.ComparedAnalysts;
import org.lectern.review.diff.Difference;
import org.lectern.review.diff.Differences;
import org.lectern.review.diff.RecordDifference;
import org.lectern.review.diff.RecordDifferences;
import org.lectern.service.Edit;
import org.lectern.service.ReviewedState;
import org.lectern.ui.WorkbenchModel;

/**
 * What the Review tab shows and what a reviewer can do there, without the controls: the two analysts compared
 * (which the choosers bind to), where they differ on the document being read, the decision offered on the
 * difference chosen, the claims and links that differ, and the agreement figures ({@link AgreementViewModel}).
 * Each decision is one edit; refreshing the lists never writes anything back.
 */
public final class ReviewViewModel {
    /** What the differences table says when it lists none, by why it lists none. */
    static final String CHOOSE_TWO = "Choose two analysts who annotated this document.";
    static final String ONE_ANALYST = "Only %s has annotated this project. To compare, File → Bring in colleague's"
            + " work…";
    static final String ALIKE = "No differences: %s and %s marked this document alike.";
    static final String MINE_ONLY_HINT = "This highlight is yours alone: there is nothing of a colleague's to accept,"
            + " amend or reject. Delete mine… removes it from the project.";

    private final WorkbenchModel model;
    private final ReviewedState project;
    private final ReviewWork work;
    private final AgreementViewModel agreement;
    private final ObservableList<String> analysts = FXCollections.observableArrayList();
    private final ObjectProperty<String> first = new SimpleObjectProperty<>();
    private final ObjectProperty<String> second = new SimpleObjectProperty<>();
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();
    private final ObservableList<RecordDifference> recordDifferences = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Difference> chosen = new ReadOnlyObjectWrapper<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<Tag> amendTag = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(CHOOSE_TWO);
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canReject = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper rejectDeletes = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canWithdraw = new ReadOnlyBooleanWrapper();
    private boolean active;
    private boolean refreshPending;
    /** True while the analysts are offered and chosen here: those changes are not the reviewer's choice. */
    private boolean choosingAnalysts;

    public ReviewViewModel(WorkbenchModel model, ReviewWork work) {
        this.model = model;
        this.project = new ReviewedState(model::state);
        this.work = work;
        this.agreement = new AgreementViewModel(model, work);
        first.addListener((obs, old, now) -> chosenAnalysts());
        second.addListener((obs, old, now) -> chosenAnalysts());
        model.onAnnotationsChanged(event -> {
            agreement.follow(event);
            refreshSoon();
        });
        // A rejection, and its undo, change no highlight: the decided count follows decisions themselves.
        model.onReviewChanged(this::refreshSoon);
        model.currentDocumentProperty().addListener((obs, old, now) -> refresh());
        model.sessionProperty().addListener((obs, old, now) -> {
            agreement.forget();
            if (active) {
                offerAnalysts();
                refresh();
            }
        });
    }

    /** The tab is shown or hidden: nothing is compared while it is hidden. */
    public void setActive(boolean nowActive) {
        active = nowActive;
        if (active) {
            offerAnalysts();
            refresh();
        }
    }

    public boolean isActive() {
        return active;
    }

    private void chosenAnalysts() {
        if (!choosingAnalysts) {
            refresh();
        }
    }

    /** Offers the analysts with a reading of their own, and chooses the pair to compare (see ComparedAnalysts). */
    private void offerAnalysts() {
        if (model.session() == null) {
            return;
        }
        if (!model.state().allHighlightsRead()) {
            // Counting every analyst's highlights needs them all: those not shown yet are read on a worker first
            // (one pass over the file) rather than a document at a time on this thread.
            org.lectern.service.ProjectSession session = model.session();
            agreement.readingHighlights(true);
            work.run("Reading highlights…", false, () -> {
                session.state().readAllHighlights();
                return Boolean.TRUE;
            }, read -> {
                agreement.readingHighlights(false);
                if (session == model.session() && active) {
                    offerAnalysts();
                    refresh();
                }
            }, failure -> agreement.readingHighlights(false));
            return;
        }
        List<String> names = Agreement.analysts(project);
        String keepFirst = first.get();
        String keepSecond = second.get();
        choosingAnalysts = true;
        try {
            analysts.setAll(names);
            ComparedAnalysts pair = ComparedAnalysts.choose(names, model.session().analyst(), keepFirst, keepSecond);
            first.set(pair.first());
            second.set(pair.second());
        } finally {
            choosingAnalysts = false;
        }
    }

    /**
     * After an edit, comparing again waits until the edit has been painted, and several edits in a row are
     * compared once: a key press in review mode repaints as fast as anywhere else.
     */
    private void refreshSoon() {
        if (active && !refreshPending) {
            refreshPending = true;
            work.later(() -> {
                refreshPending = false;
                refresh();
            });
        }
    }

    /** Compares the two analysts on the document being read again, and brings the figures up to date. */
    public void refresh() {
        Optional<Document> document = model.currentDocument();
        if (!active || model.session() == null || document.isEmpty() || first.get() == null
                || second.get() == null) {
            differences.clear();
            summary.set("");
            placeholder.set(analysts.size() == 1 ? String.format(ONE_ANALYST, analysts.get(0)) : CHOOSE_TWO);
            choose(null);
            agreement.show(null, null, null);
            recordDifferences.clear();
            return;
        }
        Difference before = chosen.get();
        List<Annotation> readings = AdjudicatedCopies.of(model.state().decisions())
                .readings(model.state().annotationsOf(document.get().id()));
        List<Annotation> ofFirst = readings.stream().filter(a -> a.stamp().author().equals(first.get())).toList();
        List<Annotation> ofSecond = readings.stream().filter(a -> a.stamp().author().equals(second.get())).toList();
        differences.setAll(Differences.between(ofFirst, ofSecond));
        placeholder.set(first.get().equals(second.get()) ? CHOOSE_TWO : String.format(ALIKE, first.get(), second.get()));
        Difference again = before == null ? null
                : differences.stream().filter(d -> sameSides(d, before)).findFirst().orElse(null);
        choose(again);
        long toDecide = differences.stream().filter(d -> reviewed(d).isPresent()).count();
        long decided = differences.stream().filter(d -> decision(d).isPresent()).count();
        recordDifferences.setAll(RecordDifferences.between(project, first.get(), second.get()));
        summary.set(ofFirst.size() + " highlights by " + first.get() + ", " + ofSecond.size() + " by "
                + second.get() + " · " + differences.size() + " differences, " + toDecide + " to decide, "
                + decided + " decided");
        agreement.show(first.get(), second.get(), document.get());
    }

    private static boolean sameSides(Difference a, Difference b) {
        return Objects.equals(id(a.first()), id(b.first())) && Objects.equals(id(a.second()), id(b.second()));
    }

    private static Object id(Annotation annotation) {
        return annotation == null ? null : annotation.id();
    }

    /**
     * The reviewer chose a difference (null for none): the decisions that mean something for it are offered, and
     * its decision's reason and the tag of the highlight decided on are shown. Returns the highlight to show.
     */
    public Optional<Annotation> choose(Difference difference) {
        chosen.set(difference); // after a refresh, the same difference found again (or none): the view selects it
        boolean colleagues = difference != null && reviewed(difference).isPresent();
        boolean mineOnly = difference != null && !colleagues && own(difference).isPresent();
        canDecide.set(colleagues);
        canReject.set(colleagues || mineOnly);
        rejectDeletes.set(mineOnly);
        canWithdraw.set(colleagues && decision(difference).isPresent());
        hint.set(mineOnly ? MINE_ONLY_HINT : "");
        if (difference == null) {
            return Optional.empty();
        }
        Annotation shown = reviewed(difference).or(() -> own(difference)).orElse(difference.first() != null
                ? difference.first() : difference.second());
        reason.set(decision(difference).map(ReviewDecision::comment).orElse(""));
        amendTag.set(model.tag(shown.tagId()).orElse(null));
        return Optional.of(shown);
    }

    /** The colleague's highlight a decision here is about, if any: never the reviewer's own. */
    public Optional<Annotation> reviewed(Difference difference) {
        if (model.session() == null) {
            return Optional.empty();
        }
        return difference.colleaguesSide(model.session().analyst())
                .filter(a -> model.session().reviewEdits().canDecide(a.id()));
    }

    /** The reviewer's own side of a difference, if any. */
    public Optional<Annotation> own(Difference difference) {
        return model.session() == null ? Optional.empty() : difference.sideOf(model.session().analyst());
    }

    private Optional<ReviewDecision> decision(Difference difference) {
        return reviewed(difference).flatMap(annotation -> model.state().decisionOn(annotation.id()));
    }

    /** Accepts the colleague's highlight chosen, with the reason given: one edit. */
    public boolean accept() {
        return decide(reviewed -> model.session().reviewEdits().accept(reviewed.id(), reason.get()));
    }

    /** Rejects the colleague's highlight chosen, with the reason given: one edit. */
    public boolean reject() {
        return decide(reviewed -> model.session().reviewEdits().reject(reviewed.id(), reason.get()));
    }

    /** Takes back the decision on the colleague's highlight chosen: one edit. */
    public boolean withdraw() {
        return decide(reviewed -> model.session().reviewEdits().undecide(reviewed.id()));
    }

    /** Accepts the colleague's highlight with other boundaries and the tag chosen: one edit. */
    public boolean amend(int start, int end) {
        Tag tag = amendTag.get();
        if (tag == null || end <= start) {
            return false;
        }
        return decide(reviewed -> model.session().reviewEdits().amend(reviewed.id(), start, end, tag.id(),
                reason.get()));
    }

    /** Deletes the reviewer's own highlight chosen (the view asks first): one edit, which Undo takes back. */
    public boolean deleteOwn() {
        Difference difference = chosen.get();
        Optional<Annotation> mine = difference == null ? Optional.empty() : own(difference);
        return mine.isPresent() && model.perform(model.session().edits().deleteAnnotation(mine.get().id()));
    }

    private boolean decide(java.util.function.Function<Annotation, Edit> edit) {
        Difference difference = chosen.get();
        if (difference == null) {
            return false;
        }
        Optional<Annotation> reviewed = reviewed(difference);
        if (reviewed.isEmpty()) {
            model.status("Nothing to decide here: the highlight is yours.");
            return false;
        }
        return model.perform(edit.apply(reviewed.get()));
    }

    /** The Decision column: the verdict and who gave it, or why there is nothing to decide. */
    public String decisionText(Difference difference) {
        if (reviewed(difference).isEmpty()) {
            return "yours: nothing to decide";
        }
        return decision(difference).map(d -> d.verdict().label() + " by " + d.stamp().author()).orElse("");
    }

    /**
     * The whole of a difference, a line each, for the row's tooltip (the table's narrow columns cut its quotes):
     * what differs, each analyst's side under their name, and the decision so far.
     */
    public String describe(Difference difference) {
        StringBuilder text = new StringBuilder(kindText(difference));
        appendSide(text, first.get(), difference.first());
        appendSide(text, second.get(), difference.second());
        String decision = decisionText(difference);
        if (!decision.isEmpty()) {
            text.append('\n').append(decision);
        }
        return text.toString();
    }

    private void appendSide(StringBuilder text, String analyst, Annotation annotation) {
        if (annotation != null) {
            text.append('\n').append(nameOr(analyst)).append(": ").append(side(annotation));
        }
    }

    /** One side of a difference: its quote on one line, and its tag. */
    public String side(Annotation annotation) {
        if (annotation == null) {
            return "";
        }
        String tag = model.tag(annotation.tagId()).map(Tag::name).orElse("?");
        return "“" + annotation.passage().quote().replaceAll("\\s+", " ") + "” · " + tag;
    }

    /** The Difference column: what kind of difference, naming the two analysts. */
    public String kindText(Difference difference) {
        return difference.kind().describe(nameOr(first.get()), nameOr(second.get()));
    }

    private static String nameOr(String name) {
        return name == null ? "?" : name;
    }

    public ObservableList<String> analysts() {
        return analysts;
    }

    public ObjectProperty<String> firstProperty() {
        return first;
    }

    public ObjectProperty<String> secondProperty() {
        return second;
    }

    public ObservableList<Difference> differences() {
        return differences;
    }

    public ObservableList<RecordDifference> recordDifferences() {
        return recordDifferences;
    }

    public ReadOnlyObjectProperty<Difference> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<Tag> amendTagProperty() {
        return amendTag;
    }

    /** "3 highlights by Ana, 2 by Ben · 4 differences, 2 to decide, 1 decided". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the differences table is empty, when it is: no colleague yet, no pair chosen, or none to show. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Accept and Amend apply: the difference chosen has a colleague's highlight the reviewer may decide on. */
    public ReadOnlyBooleanProperty canDecideProperty() {
        return canDecide.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRejectProperty() {
        return canReject.getReadOnlyProperty();
    }

    /** Reject would delete the reviewer's own highlight: the only side of the difference chosen is theirs. */
    public ReadOnlyBooleanProperty rejectDeletesProperty() {
        return rejectDeletes.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canWithdrawProperty() {
        return canWithdraw.getReadOnlyProperty();
    }

    public AgreementViewModel agreement() {
        return agreement;
    }
}
