package org.lectern.ui.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
import org.lectern.ui.article.ArticleView;
import org.lectern.ui.article.Lens;
import org.lectern.ui.panels.TableColumns;

/**
 * Review mode: two analysts' highlights of the current document side by side (the article colours them by
 * analyst while this tab is open), the list of where they differ, and the reviewer's decision on each:
 * accept, amend with the article's selection, or reject, with a reason. A/M/R in the list decide; the arrow
 * keys step through it.
 */
public final class ReviewPanel extends SplitPane {
    private static final String ACCEPT_TIP = "A: accept the colleague's annotation into the adjudicated layer";
    private static final String REJECT_TIP = "R: reject it";
    private static final String DELETE_TIP = "R: delete your own highlight (asks first; Undo brings it back)";
    private final WorkbenchModel model;
    private final ArticleView article;
    private final ComboBox<String> first = new ComboBox<>();
    private final ComboBox<String> second = new ComboBox<>();
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();
    private final TableView<Difference> table = new TableView<>(differences);
    private final TextField reason = new TextField();
    private final ComboBox<Tag> amendTag = new ComboBox<>();
    private final Label summary = new Label();
    private final Label hint = new Label();
    private final Button accept = button("Accept", ACCEPT_TIP, this::accept);
    private final Button amend = button("Amend…", "M: accept it with the article's current selection and the chosen tag",
            this::amend);
    private final Button reject = button("Reject", REJECT_TIP, this::rejectOrDelete);
    private final Button withdraw = button("Withdraw", "Take the decision back", this::withdraw);
    private final AgreementTable agreement;
    private final javafx.scene.control.ListView<RecordDifference> recordDifferences =
            new javafx.scene.control.ListView<>();
    private final ReviewedState project;
    private boolean active;
    private boolean refreshPending;
    /** True while the analyst choosers are filled in: their changes then are not the reviewer's choice. */
    private boolean choosingAuthors;

    public ReviewPanel(WorkbenchModel model, ArticleView article) {
        this.model = model;
        this.article = article;
        this.agreement = new AgreementTable(model);
        this.project = new ReviewedState(model::state);
        setId("review-panel");
        setOrientation(javafx.geometry.Orientation.VERTICAL);

        first.setId("review-first");
        second.setId("review-second");
        first.valueProperty().addListener((obs, old, now) -> chosen());
        second.valueProperty().addListener((obs, old, now) -> chosen());
        HBox authors = new HBox(8, legend("review-legend-first"), first, new Label("compared with"),
                legend("review-legend-second"), second);
        authors.setAlignment(Pos.CENTER_LEFT);

        table.setId("review-differences");
        // A few rows always show, however much the panes below hold.
        org.lectern.ui.panels.PanelSizes.keepRows(table, 5);
        table.setPlaceholder(new Label("No differences: choose two analysts who annotated this document."));
        table.getColumns().add(TableColumns.text("Difference", d -> d.kind().describe(nameOf(first), nameOf(second)), 150));
        table.getColumns().add(TableColumns.text("First", d -> side(d.first()), 160));
        table.getColumns().add(TableColumns.text("Second", d -> side(d.second()), 160));
        table.getColumns().add(TableColumns.text("Decision", this::decisionText, 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        table.setOnKeyPressed(event -> {
            if (event.isShortcutDown() || event.isAltDown()) {
                return; // Ctrl+A, Ctrl+R … belong to the window
            }
            if (event.getCode() == KeyCode.A) {
                accept();
            } else if (event.getCode() == KeyCode.R) {
                rejectOrDelete();
            } else if (event.getCode() == KeyCode.M) {
                amend();
            } else {
                return;
            }
            event.consume();
        });

        reason.setId("review-reason");
        reason.setPromptText("Why (kept with the decision, and shown to the colleague)");
        amendTag.setItems(model.tags());
        amendTag.setPromptText("Tag");
        amendTag.setButtonCell(new TagNameCell());
        amendTag.setCellFactory(list -> new TagNameCell());
        HBox decide = new HBox(6, accept, reject, withdraw);
        HBox amending = new HBox(6, amend, new Label("as"), amendTag);
        decide.setAlignment(Pos.CENTER_LEFT);
        amending.setAlignment(Pos.CENTER_LEFT);
        summary.setId("review-summary");
        summary.setWrapText(true);
        hint.setId("review-hint");
        hint.setWrapText(true);
        showDecisions(null);

        recordDifferences.setId("review-record-differences");
        recordDifferences.setPrefHeight(90);
        recordDifferences.setMinHeight(60);
        recordDifferences.setPlaceholder(new Label("No differences in claims or links"));
        recordDifferences.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RecordDifference item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.kind() + ": " + item.description());
            }
        });
        recordDifferences.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.passageId() != null) {
                model.reveal(now.passageId());
            }
        });
        VBox top = new VBox(8, authors, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        top.setPadding(new Insets(10));
        VBox middle = new VBox(6, new Label("Claims and links"), recordDifferences, reason, decide, amending, hint,
                summary);
        VBox.setVgrow(recordDifferences, Priority.ALWAYS);
        middle.setPadding(new Insets(6, 10, 6, 10));
        agreement.setPadding(new Insets(6, 10, 10, 10));
        getItems().addAll(top, middle, agreement);
        setDividerPositions(0.38, 0.72);

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
                chooseAuthors();
                refresh();
            }
        });
    }

    private void chosen() {
        if (!choosingAuthors) {
            refresh();
        }
    }

    /** The tab is shown or hidden: the article colours highlights by analyst only while review is open. */
    public void setActive(boolean nowActive) {
        active = nowActive;
        if (active) {
            chooseAuthors();
            refresh();
        } else {
            article.setLens(Lens.TAGS);
        }
    }

    /** Offers the analysts with a reading of their own, and chooses the pair to compare (see ComparedAnalysts). */
    private void chooseAuthors() {
        if (model.session() == null) {
            return;
        }
        List<String> names = Agreement.analysts(project);
        String keepFirst = first.getValue();
        String keepSecond = second.getValue();
        choosingAuthors = true;
        try {
            first.getItems().setAll(names);
            second.getItems().setAll(names);
            ComparedAnalysts pair = ComparedAnalysts.choose(names, model.session().analyst(), keepFirst, keepSecond);
            first.setValue(pair.first());
            second.setValue(pair.second());
        } finally {
            choosingAuthors = false;
        }
    }

    /**
     * After an edit, comparing and measuring again waits until the edit has been painted, and several edits in
     * a row are compared once: a key press in review mode repaints as fast as anywhere else.
     */
    private void refreshSoon() {
        if (active && !refreshPending) {
            refreshPending = true;
            javafx.application.Platform.runLater(() -> {
                refreshPending = false;
                refresh();
            });
        }
    }

    private void refresh() {
        Optional<Document> document = model.currentDocument();
        if (!active || model.session() == null || document.isEmpty() || first.getValue() == null
                || second.getValue() == null) {
            differences.clear();
            summary.setText("");
            showDecisions(null);
            agreement.show(null, null, null);
            recordDifferences.getItems().clear();
            return;
        }
        Difference selected = table.getSelectionModel().getSelectedItem();
        List<Annotation> readings = AdjudicatedCopies.of(model.state().decisions())
                .readings(model.state().annotationsOf(document.get().id()));
        List<Annotation> ofFirst = readings.stream().filter(a -> a.stamp().author().equals(first.getValue())).toList();
        List<Annotation> ofSecond = readings.stream().filter(a -> a.stamp().author().equals(second.getValue()))
                .toList();
        differences.setAll(Differences.between(ofFirst, ofSecond));
        if (selected != null) {
            differences.stream().filter(d -> sameSides(d, selected)).findFirst()
                    .ifPresent(d -> table.getSelectionModel().select(d));
        }
        article.setLens(Lens.comparing(first.getValue(), second.getValue()));
        long toDecide = differences.stream().filter(d -> reviewed(d).isPresent()).count();
        long decided = differences.stream().filter(d -> decision(d).isPresent()).count();
        agreement.show(first.getValue(), second.getValue(), document.get());
        recordDifferences.getItems().setAll(RecordDifferences.between(project, first.getValue(),
                second.getValue()));
        summary.setText(ofFirst.size() + " highlights by " + first.getValue() + ", " + ofSecond.size() + " by "
                + second.getValue() + " · " + differences.size() + " differences, " + toDecide + " to decide, "
                + decided + " decided");
        showDecisions(table.getSelectionModel().getSelectedItem());
    }

    private static boolean sameSides(Difference a, Difference b) {
        return Objects.equals(id(a.first()), id(b.first())) && Objects.equals(id(a.second()), id(b.second()));
    }

    private static Object id(Annotation annotation) {
        return annotation == null ? null : annotation.id();
    }

    private void show(Difference difference) {
        showDecisions(difference);
        if (difference == null) {
            return;
        }
        Annotation shown = reviewed(difference).or(() -> own(difference)).orElse(difference.first() != null
                ? difference.first() : difference.second());
        decision(difference).ifPresentOrElse(d -> reason.setText(d.comment()), () -> reason.clear());
        amendTag.setValue(model.tag(shown.tagId()).orElse(null));
        model.reveal(shown);
    }

    /**
     * Offers the decisions that mean something for this difference: on a colleague's highlight, accept, amend,
     * reject (and withdraw once decided); where the only highlight is the reviewer's own there is nothing to
     * decide, and the reject button says what it would really do — delete it, after asking.
     */
    private void showDecisions(Difference difference) {
        boolean colleagues = difference != null && reviewed(difference).isPresent();
        boolean mineOnly = difference != null && !colleagues && own(difference).isPresent();
        accept.setDisable(!colleagues);
        amend.setDisable(!colleagues);
        reject.setDisable(!colleagues && !mineOnly);
        reject.setText(mineOnly ? "Delete mine…" : "Reject");
        reject.getTooltip().setText(mineOnly ? DELETE_TIP : REJECT_TIP);
        withdraw.setDisable(!colleagues || decision(difference).isEmpty());
        hint.setText(mineOnly ? "This highlight is yours alone: there is nothing of a colleague's to accept, amend"
                + " or reject. Delete mine… removes it from the project." : "");
    }

    /** The colleague's highlight a decision here is about, if any: never the reviewer's own. */
    private Optional<Annotation> reviewed(Difference difference) {
        if (model.session() == null) {
            return Optional.empty();
        }
        return difference.colleaguesSide(model.session().analyst())
                .filter(a -> model.session().reviewEdits().canDecide(a.id()));
    }

    private Optional<Annotation> own(Difference difference) {
        return model.session() == null ? Optional.empty() : difference.sideOf(model.session().analyst());
    }

    private Optional<ReviewDecision> decision(Difference difference) {
        return reviewed(difference).flatMap(annotation -> model.state().decisionOn(annotation.id()));
    }

    private void accept() {
        decide(reviewed -> model.session().reviewEdits().accept(reviewed.id(), reason.getText()));
    }

    /** R: rejects a colleague's highlight; on one's own highlight, deletes it once the analyst confirms. */
    private void rejectOrDelete() {
        Difference difference = table.getSelectionModel().getSelectedItem();
        if (difference == null) {
            return;
        }
        if (reviewed(difference).isPresent()) {
            decide(reviewed -> model.session().reviewEdits().reject(reviewed.id(), reason.getText()));
            return;
        }
        own(difference).ifPresent(mine -> {
            String quote = mine.passage().quote().replaceAll("\\s+", " ");
            if (model.dialogs().confirm("Delete your highlight", "“" + quote + "” is your own highlight, not a"
                    + " colleague's: there is nothing to reject. Delete it from the project? Undo brings it back.")) {
                model.perform(model.session().edits().deleteAnnotation(mine.id()));
                table.requestFocus();
            }
        });
    }

    private void withdraw() {
        decide(reviewed -> model.session().reviewEdits().undecide(reviewed.id()));
    }

    /** Accepts with other boundaries (the article's selection) and the tag chosen beside the button. */
    private void amend() {
        Difference difference = table.getSelectionModel().getSelectedItem();
        if (difference == null || reviewed(difference).isEmpty()) {
            model.status("Nothing to amend here: the highlight is yours.");
            return;
        }
        var selection = article.selection();
        if (selection.getLength() == 0 || amendTag.getValue() == null) {
            model.dialogs().showInfo("Amend", "Select the passage as it should be in the article, choose its tag,"
                    + " then Amend.");
            return;
        }
        decide(reviewed -> model.session().reviewEdits().amend(reviewed.id(), selection.getStart(),
                selection.getEnd(), amendTag.getValue().id(), reason.getText()));
    }

    private void decide(java.util.function.Function<Annotation, Edit> edit) {
        Difference difference = table.getSelectionModel().getSelectedItem();
        if (difference == null) {
            return;
        }
        Optional<Annotation> reviewed = reviewed(difference);
        if (reviewed.isEmpty()) {
            model.status("Nothing to decide here: the highlight is yours.");
            return;
        }
        int index = table.getSelectionModel().getSelectedIndex();
        if (model.perform(edit.apply(reviewed.get()))) {
            table.refresh();
            // Step on to the next difference, as a reviewer works down the list.
            if (index + 1 < differences.size()) {
                table.getSelectionModel().select(index + 1);
            }
            table.requestFocus();
        }
    }

    private String decisionText(Difference difference) {
        if (reviewed(difference).isEmpty()) {
            return "yours: nothing to decide";
        }
        return decision(difference).map(d -> d.verdict().label() + " by " + d.stamp().author()).orElse("");
    }

    private String side(Annotation annotation) {
        if (annotation == null) {
            return "";
        }
        String tag = model.tag(annotation.tagId()).map(Tag::name).orElse("?");
        return "“" + annotation.passage().quote().replaceAll("\\s+", " ") + "” · " + tag;
    }

    private static String nameOf(ComboBox<String> author) {
        return author.getValue() == null ? "?" : author.getValue();
    }

    public String firstAuthor() {
        return first.getValue();
    }

    public String secondAuthor() {
        return second.getValue();
    }

    /** A tag by its name, in the amend chooser. */
    private static final class TagNameCell extends javafx.scene.control.ListCell<Tag> {
        @Override
        protected void updateItem(Tag item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }

    private static Region legend(String styleClass) {
        Region swatch = new Region();
        swatch.getStyleClass().add(styleClass);
        swatch.setMinSize(14, 14);
        swatch.setMaxSize(14, 14);
        return swatch;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setId("review-" + text.toLowerCase().replace("…", ""));
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }
}
