package org.lectern.ui.review;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lectern.model.Tag;
import org.lectern.review.diff.Difference;
import org.lectern.review.diff.RecordDifference;
import org.lectern.ui.WorkbenchModel;
import org.lectern.ui.article.ArticleView;
import org.lectern.ui.article.Lens;
import org.lectern.ui.panels.TableColumns;

/**
 * Review mode: two analysts' highlights of the current document side by side (the article colours them by
 * analyst while this tab is open), the list of where they differ, and the reviewer's decision on each:
 * accept, amend with the article's selection, or reject, with a reason. A/M/R in the list decide; the arrow
 * keys step through it. What it shows and what the decisions do are its {@link ReviewViewModel}'s.
 */
public final class ReviewPanel extends VBox {
    private static final String ACCEPT_TIP = "A: accept the colleague's annotation into the adjudicated layer";
    private static final String REJECT_TIP = "R: reject it";
    private static final String DELETE_TIP = "R: delete your own highlight (asks first; Undo brings it back)";
    private final WorkbenchModel model;
    private final ReviewViewModel review;
    private final ArticleView article;
    private final ComboBox<String> first = new ComboBox<>();
    private final ComboBox<String> second = new ComboBox<>();
    private final TableView<Difference> table = new TableView<>();
    private final TextField reason = new TextField();
    private final ComboBox<Tag> amendTag = new ComboBox<>();
    private final Label summary = new Label();
    private final Label hint = new Label();
    private final Button accept = button("Accept", ACCEPT_TIP, this::accept);
    private final Button amend = button("Amend…", "M: accept it with the article's current selection and the chosen tag",
            this::amend);
    private final Button reject = button("Reject", REJECT_TIP, this::rejectOrDelete);
    private final Button withdraw = button("Withdraw", "Take the decision back", this::withdraw);
    private final javafx.scene.control.ListView<RecordDifference> recordDifferences =
            new javafx.scene.control.ListView<>();

    public ReviewPanel(WorkbenchModel model, ArticleView article) {
        this.model = model;
        this.article = article;
        this.review = new ReviewViewModel(model, ReviewWork.inBackground(model.work()));
        AgreementTable agreement = new AgreementTable(model, review.agreement());
        setId("review-panel");

        first.setId("review-first");
        second.setId("review-second");
        first.setItems(review.analysts());
        second.setItems(review.analysts());
        first.valueProperty().bindBidirectional(review.firstProperty());
        second.valueProperty().bindBidirectional(review.secondProperty());
        Label comparedWith = new Label("compared with");
        // Each list as wide as the names in it: in a narrow panel the second pair goes under the first rather
        // than the names being cut ("Ben Oka…").
        HBox firstPair = new HBox(8, legend("review-legend-first"), first);
        HBox secondPair = new HBox(8, comparedWith, legend("review-legend-second"), second);
        for (HBox pair : java.util.List.of(firstPair, secondPair)) {
            pair.setAlignment(Pos.CENTER_LEFT);
        }
        javafx.scene.layout.FlowPane authors = new javafx.scene.layout.FlowPane(12, 6, firstPair, secondPair);
        authors.setAlignment(Pos.CENTER_LEFT);

        table.setId("review-differences");
        table.setItems(review.differences());
        // A few rows always show, however much the panes below hold.
        org.lectern.ui.panels.PanelSizes.keepRows(table, 4);
        Label empty = org.lectern.ui.panels.Forms.placeholder("");
        empty.setId("review-placeholder");
        empty.textProperty().bind(review.placeholderProperty());
        table.setPlaceholder(empty);
        TableColumn<Difference, String> kind = TableColumns.text("Kind", review::kindText, 110);
        TableColumn<Difference, String> firstSide = TableColumns.text("First", d -> review.side(d.first()), 160);
        TableColumn<Difference, String> secondSide = TableColumns.text("Second", d -> review.side(d.second()), 160);
        TableColumn<Difference, String> decision = TableColumns.text("Decision", review::decisionText, 100);
        // Each side's column is headed by the analyst whose reading it shows.
        firstSide.textProperty().bind(analystOr(review.firstProperty(), "First"));
        secondSide.textProperty().bind(analystOr(review.secondProperty(), "Second"));
        // In a narrow panel the quotes keep the most room: a row's tooltip and the article show them whole.
        kind.setMinWidth(70);
        decision.setMinWidth(85);
        firstSide.setMinWidth(90);
        secondSide.setMinWidth(90);
        table.getColumns().add(kind);
        table.getColumns().add(firstSide);
        table.getColumns().add(secondSide);
        table.getColumns().add(decision);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(view -> new DifferenceRow(review));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                review.choose(now).ifPresent(model::reveal));
        // After a refresh the view model finds the difference chosen again: the list selects it.
        review.chosenProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
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
        // Short enough to show whole in the panel's width at 1024 px; the tooltip says the rest.
        reason.setPromptText("Why? (your colleague sees it)");
        reason.setTooltip(new javafx.scene.control.Tooltip(
                "The reason is kept with the decision and shown to the colleague in the review bundle."));
        reason.textProperty().bindBidirectional(review.reasonProperty());
        amendTag.setItems(model.tags());
        amendTag.setPromptText("Tag");
        amendTag.setButtonCell(new TagNameCell());
        amendTag.setCellFactory(list -> new TagNameCell());
        amendTag.valueProperty().bindBidirectional(review.amendTagProperty());
        accept.disableProperty().bind(review.canDecideProperty().not());
        amend.disableProperty().bind(review.canDecideProperty().not());
        reject.disableProperty().bind(review.canRejectProperty().not());
        withdraw.disableProperty().bind(review.canWithdrawProperty().not());
        reject.textProperty().bind(javafx.beans.binding.Bindings.when(review.rejectDeletesProperty())
                .then("Delete mine…").otherwise("Reject"));
        reject.getTooltip().textProperty().bind(javafx.beans.binding.Bindings.when(review.rejectDeletesProperty())
                .then(DELETE_TIP).otherwise(REJECT_TIP));
        HBox decide = new HBox(6, accept, reject, withdraw);
        HBox amending = new HBox(6, amend, new Label("as"), amendTag);
        decide.setAlignment(Pos.CENTER_LEFT);
        amending.setAlignment(Pos.CENTER_LEFT);
        summary.setId("review-summary");
        summary.setWrapText(true);
        // Wrapped onto as many lines as it needs: the list above gives way rather than the figures.
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(review.summaryProperty());
        hint.setId("review-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(review.hintProperty());
        // Takes no room while it has nothing to say.
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.managedProperty());

        recordDifferences.setId("review-record-differences");
        recordDifferences.setItems(review.recordDifferences());
        recordDifferences.setPrefHeight(90);
        recordDifferences.setMinHeight(60);
        recordDifferences.setPlaceholder(new Label("No differences in claims or links"));
        recordDifferences.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            private final Tooltip whole = org.lectern.ui.panels.Forms.wholeText();

            {
                // As wide as the list, never wider: a long quote ends in "…" (the tooltip and the article show
                // it whole) rather than a scroll bar taking the height of a row.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(RecordDifference item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item.kind() + ": " + item.description();
                setText(text);
                whole.setText(text);
                setTooltip(text == null ? null : whole);
            }
        });
        recordDifferences.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.passageId() != null) {
                model.reveal(now.passageId());
            }
        });
        // The two analysts compared and the figures of the comparison head the tab, whichever page is shown.
        VBox heading = new VBox(6, authors, summary);
        heading.setPadding(new Insets(8, 10, 4, 10));
        VBox differences = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        differences.setPadding(new Insets(6, 10, 2, 10));
        VBox middle = new VBox(6, new Label("Claims and links"), recordDifferences, reason, decide, amending,
                hint);
        VBox.setVgrow(recordDifferences, Priority.ALWAYS);
        middle.setPadding(new Insets(6, 10, 6, 10));
        SplitPane deciding = new SplitPane(differences, middle);
        deciding.setOrientation(javafx.geometry.Orientation.VERTICAL);
        deciding.setDividerPositions(0.5);
        agreement.setPadding(new Insets(8, 10, 10, 10));
        // The agreement figures have a page of their own: stacked under the differences and the decisions, they
        // had no room at all in the smallest window (1024×700), and no divider could make any.
        Tab differencesTab = new Tab("Differences", deciding);
        differencesTab.setId("review-differences-tab");
        Tab agreementTab = new Tab("Agreement", agreement);
        agreementTab.setId("review-agreement-tab");
        TabPane pages = new TabPane(differencesTab, agreementTab);
        pages.setId("review-pages");
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pages.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        VBox.setVgrow(pages, Priority.ALWAYS);
        getChildren().addAll(heading, pages);

        // The article colours highlights by analyst, these two, while review is open.
        review.summaryProperty().addListener((obs, old, now) -> showLens());
    }

    /** The tab is shown or hidden: the article colours highlights by analyst only while review is open. */
    public void setActive(boolean nowActive) {
        review.setActive(nowActive);
        if (nowActive) {
            showLens();
        } else {
            article.setLens(Lens.TAGS);
        }
    }

    private void showLens() {
        if (review.isActive() && first.getValue() != null && second.getValue() != null
                && !review.summaryProperty().get().isEmpty()) {
            article.setLens(Lens.comparing(first.getValue(), second.getValue()));
        }
    }

    /** The Review tab's view model: what it shows, and the state of its figures. */
    public ReviewViewModel viewModel() {
        return review;
    }

    private void accept() {
        decided(review.accept());
    }

    /** R: rejects a colleague's highlight; on one's own highlight, deletes it once the analyst confirms. */
    private void rejectOrDelete() {
        Difference difference = table.getSelectionModel().getSelectedItem();
        if (difference == null) {
            return;
        }
        if (review.reviewed(difference).isPresent()) {
            decided(review.reject());
            return;
        }
        review.own(difference).ifPresent(mine -> {
            String quote = mine.passage().quote().replaceAll("\\s+", " ");
            if (model.dialogs().confirm("Delete your highlight", "“" + quote + "” is your own highlight, not a"
                    + " colleague's: there is nothing to reject. Delete it from the project? Undo brings it back.")
                    && review.deleteOwn()) {
                table.requestFocus();
            }
        });
    }

    private void withdraw() {
        decided(review.withdraw());
    }

    /** Accepts with other boundaries (the article's selection) and the tag chosen beside the button. */
    private void amend() {
        Difference difference = table.getSelectionModel().getSelectedItem();
        if (difference == null || review.reviewed(difference).isEmpty()) {
            model.status("Nothing to amend here: the highlight is yours.");
            return;
        }
        var selection = article.selection();
        if (selection.getLength() == 0 || amendTag.getValue() == null) {
            model.dialogs().showInfo("Amend", "Select the passage as it should be in the article, choose its tag,"
                    + " then Amend.");
            return;
        }
        decided(review.amend(selection.getStart(), selection.getEnd()));
    }

    /** After a decision, the list steps on to the next difference, as a reviewer works down it. */
    private void decided(boolean saved) {
        if (!saved) {
            return;
        }
        int index = table.getSelectionModel().getSelectedIndex();
        table.refresh();
        if (index + 1 < table.getItems().size()) {
            table.getSelectionModel().select(index + 1);
        }
        table.requestFocus();
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

    private static javafx.beans.binding.StringBinding analystOr(javafx.beans.value.ObservableValue<String> analyst,
            String otherwise) {
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> analyst.getValue() == null ? otherwise : analyst.getValue(), analyst);
    }
}
