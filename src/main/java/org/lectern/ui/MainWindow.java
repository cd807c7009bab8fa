package org.lectern.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Evidence;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Tag;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.WindowLayout;
import org.lectern.service.AppFolders;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.service.ProjectUnavailable;
import org.lectern.ui.actions.Commands;
import org.lectern.ui.actions.Conditions;
import org.lectern.ui.article.ArticleGlimpse;
import org.lectern.ui.article.ArticleView;
import org.lectern.ui.article.TagStylesheet;
import org.lectern.ui.panels.ActorsPanel;
import org.lectern.ui.panels.AnnotationsPanel;
import org.lectern.ui.panels.ClaimsPanel;
import org.lectern.ui.panels.DocumentPanel;
import org.lectern.ui.panels.EvidencePanel;
import org.lectern.ui.review.ReviewPanel;

/**
 * The Lectern window: documents | article | tabbed panels, with the tag palette above and the status line
 * below. It builds the parts and wires them; each part keeps its own behaviour.
 */
public final class MainWindow {
    private final Stage stage;
    private final AnalystPreferences preferences;
    private final DialogService dialogs;
    private final WorkbenchModel model;
    private final ArticleView article;
    private final WorkbenchActions actions;
    private final Commands commands = new Commands();
    private final DocumentPanel documentPanel;
    private final Scene scene;
    private final FindBar findBar;
    private final BorderPane root;
    private final BorderPane articlePane;
    // The rest of the window, built by assemble(): not before the article's first frame at start-up.
    private TabPane panels;
    private Tab actorsTab;
    private Tab claimsTab;
    private Tab evidenceTab;
    private Tab annotationsTab;
    private Tab reviewTab;
    private SplitPane split;
    private StatusLine statusLine;
    private final ArticleLayers layers;
    private final TeamLive team;
    private String tagStylesheet;
    private Runnable onQuit = Platform::exit;
    private org.lectern.ui.matrix.MatrixWindow matrix;
    static final double PANELS_MIN_WIDTH = 385;
    static final double ARTICLE_MIN_WIDTH = 270;

    public MainWindow(Stage stage, AnalystPreferences preferences, DialogService dialogs) {
        this.stage = stage;
        this.preferences = preferences;
        this.dialogs = dialogs;
        useTheme("dark".equals(preferences.theme()));
        this.model = new WorkbenchModel(dialogs);
        this.article = new ArticleView(model);
        this.actions = new WorkbenchActions(model, article, org.lectern.service.StartingFolders.forUser(preferences));
        this.team = new TeamLive(model, dialogs);

        // The tab is chosen before the panels hear of a focused record, so that a panel built on first use
        // (below) is there to select it.
        model.onFocus(this::showPanelOf);

        // The article, its details and the find bar: all that the first frame shows at start-up (see assemble()).
        findBar = new FindBar(model, article);
        documentPanel = new DocumentPanel(model);
        layers = new ArticleLayers(model, article);
        articlePane = new BorderPane(article, new VBox(documentPanel, layers.legend(), findBar), null, null, null);
        // Room for a readable column of text however the window is shared (the guide open beside it, say).
        articlePane.setMinWidth(ARTICLE_MIN_WIDTH);
        root = new BorderPane(articlePane);
        root.getStyleClass().add("lectern-root");
        // At start-up the window is on the screen already, showing a glimpse of the article: show() replaces it
        // in place, so the window neither moves nor flickers, and keeps any place or size given to it meanwhile.
        // Until then the glimpse stays, while the window is built and the project it shows is still opening.
        boolean glimpseShown = stage.getScene() != null && stage.getScene().getRoot() instanceof ArticleGlimpse;
        if (glimpseShown) {
            scene = stage.getScene();
        } else {
            scene = WindowPlacement.firstScene(root);
        }
        scene.getStylesheets().add(MainWindow.class.getResource("lectern.css").toExternalForm());
        applyTheme(preferences.theme());
        model.tags().addListener((ListChangeListener<Tag>) change -> refreshTagStyles());

        article.textArea().addEventFilter(KeyEvent.KEY_PRESSED, this::tagKey);
        FocusOrder.tabMovesOn(article.textArea());

        if (!glimpseShown) {
            stage.setScene(scene);
            WindowPlacement.restore(stage, preferences);
        }
        // Typed input lands however the analyst leaves it: a click anywhere else, another tab, closing, Ctrl+Q.
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (!within(event.getTarget(), scene.getFocusOwner())) {
                model.commitPendingInput();
            }
        });
        stage.setOnHiding(event -> {
            model.commitPendingInput();
            saveLayout();
        });
        stage.setOnHidden(event -> model.detach());
        article.textArea().addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, event -> {
            // Sticky tag mode: every passage selected with the mouse is tagged at once.
            if (model.stickyTag() != null && article.selection().getLength() > 0) {
                commands.execute(org.lectern.ui.actions.Command.TAG_SELECTION, model.stickyTag());
            }
        });
        model.sessionProperty().addListener((obs, old, now) -> stage.setTitle(
                now == null ? "Lectern" : "Lectern — " + now.location().getFileName()));
        if (!glimpseShown) {
            stage.setTitle("Lectern"); // (the glimpse's title already names the project being opened)
        }
    }

    /**
     * Builds the rest of the window around the article — documents | article | tabbed panels, the menus and tag
     * palette above, the status line below — and puts it in place. Once only; the panels read the model as it is
     * then, so the project may have been opened already.
     */
    private void assemble() {
        if (split == null) {
            new Surroundings().build();
        }
    }

    /**
     * The parts of the window around the article. A class of its own so that loading MainWindow loads none of
     * their classes: the bytecode verifier loads every class whose type it must check in a method of the class
     * it verifies.
     */
    private final class Surroundings {
        void build() {
            actorsTab = tab("Actors", new ActorsPanel(model, actions::findMentions, commands));
            LecternApp.step("  the Actors panel built");
            // The other panels are built when first shown: that keeps them out of the start-up time.
            claimsTab = lazyTab("Claims", () -> new ClaimsPanel(model, commands));
            evidenceTab = lazyTab("Evidence", () -> new EvidencePanel(model, commands));
            annotationsTab = lazyTab("Annotations", () -> new AnnotationsPanel(model, commands));
            ReviewPanel[] review = new ReviewPanel[1];
            reviewTab = lazyTab("Review", () -> review[0] = new ReviewPanel(model, article));
            reviewTab.selectedProperty().addListener((obs, was, now) -> review[0].setActive(now));
            panels = new TabPane();
            panels.setId("panels");
            // AtlantaFX's narrower tabs: all five fit side by side in the panel's share of a 1024 px window.
            panels.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
            panels.getTabs().addAll(actorsTab, claimsTab, evidenceTab, annotationsTab, reviewTab);
            // Wide enough for all five tabs side by side: in a small window the article gives way rather than them.
            panels.setMinWidth(PANELS_MIN_WIDTH);
            panels.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.commitPendingInput());

            root.setCenter(null);
            split = new SplitPane(new DocumentList(model), articlePane, panels);
            split.setDividerPositions(dividers());
            SplitPane.setResizableWithParent(split.getItems().get(0), false);
            LecternApp.step("  the tabs, the document list and the split pane built");

            WorkbenchCommands.define(commands, MainWindow.this, model, actions, new Conditions(model, article),
                    findBar::open);
            LecternApp.step("  the commands defined");
            Menus menus = new Menus(MainWindow.this, model, commands);
            LecternApp.step("  the menus built");
            TagPalette palette = new TagPalette(model, commands);
            HBox paletteBar = new HBox(new Label("Tags"), palette);
            paletteBar.getStyleClass().add("palette-bar");
            HBox.setHgrow(palette, Priority.ALWAYS);
            article.textArea().setContextMenu(menus.articleContextMenu());

            LecternApp.step("  the tag palette built");
            root.setTop(new VBox(menus.bar(), paletteBar));
            statusLine = new StatusLine(model, team, commands);
            root.setBottom(statusLine);
            root.setCenter(split);
            LecternApp.step("  the status line built, all in place");
            // The split pane gets its skin, and with it its items their place in the scene, here rather than at
            // the next pulse: so the article is in the window again when it asks for the keyboard.
            split.applyCss();
            LecternApp.step("  the split pane styled");
        }
    }

    /** Where the dividers between documents, article and panels stand: as last left, else the usual places. */
    private double[] dividers() {
        return WindowPlacement.saved(preferences).map(WindowLayout::dividers).filter(saved -> saved.length == 2)
                .orElse(new double[] {0.14, 0.58});
    }

    private void saveLayout() {
        preferences.setWindowLayout(new WindowLayout(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized(), split != null ? split.getDividerPositions() : dividers()));
    }

    /** Digits 1–9 typed in the article tag the selection. */
    private void tagKey(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || event.isShortcutDown()) {
            return;
        }
        KeyCode code = event.getCode();
        int key = code.isDigitKey() ? digitOf(code) : -1;
        if (key >= 1 && key <= 9) {
            commands.execute(org.lectern.ui.actions.Command.TAG_SELECTION_WITH_KEY, key);
            event.consume();
        }
    }

    private static boolean within(EventTarget target, Node focused) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node == focused) {
                return true;
            }
        }
        return false;
    }

    private static int digitOf(KeyCode code) {
        String name = code.getName();
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }

    /** Opens a project in this window; on failure the analyst is told why and the current project stays. */
    public boolean openProject(Path file, String analyst) {
        if (model.session() != null && model.session().location().toAbsolutePath().normalize()
                .equals(file.toAbsolutePath().normalize())) {
            return true; // it is open here already (e.g. chosen again from Recent projects)
        }
        return showProject(file, () -> {
            model.awaitProjectsClosed();
            return ProjectSetup.open(file, analyst);
        });
    }

    /**
     * Shows a project whose opening may already be under way (at start-up it runs beside the building of the
     * window); waits for it, or tells the analyst why it failed.
     */
    boolean showProject(Path file, Callable<ProjectSession> opening) {
        try {
            ProjectSession session = opening.call();
            model.attach(session);
            refreshTagStyles();
            preferences.rememberProject(file.toAbsolutePath().toString());
            session.openingNote().ifPresent(note -> dialogs.showInfo("Default project made afresh", note));
            return true;
        } catch (ProjectUnavailable e) {
            dialogs.showError("Cannot open project", e.getMessage());
            return false;
        } catch (Exception e) {
            dialogs.showError("Cannot open project", UnexpectedErrors.explain(e));
            return false;
        }
    }

    /** Shows the whole window at once. */
    public void show() {
        if (scene.getRoot() != root) {
            // In place of the glimpse shown at start-up. The article joins once the root is styled: its first
            // cells are styled as they join the scene, and would not find the theme's colours (named on ".root")
            // in a root not yet styled.
            articlePane.setCenter(null);
            scene.setRoot(root);
            root.applyCss();
            articlePane.setCenter(article);
            LecternApp.step("  the root in place of the glimpse, styled");
        }
        assemble();
        stage.show();
        article.textArea().requestFocus();
    }

    /**
     * At start-up: the first frame shows the article alone (its details, the find bar and the text), so that the
     * analyst sees it as soon as possible; the menus, tags, documents, panels and status line are built and join
     * it right after that frame, and then {@code whenWhole} runs. Their classes, construction, styling and skins
     * (menu bar, tables, lists) are what the first frame is spared.
     */
    public void showArticleFirst(Runnable whenWhole) {
        stage.show();
        article.textArea().requestFocus();
        Runnable[] once = new Runnable[1];
        once[0] = () -> Platform.runLater(() -> {
            if (once[0] == null) {
                return;
            }
            scene.removePostLayoutPulseListener(once[0]);
            once[0] = null;
            if (!stage.isShowing()) {
                return; // closed before its first frame
            }
            assemble();
            article.textArea().requestFocus();
            whenWhole.run();
        });
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * Highlight classes are named by tag id, so a new stylesheet recolours the text by itself: no restyling.
     * The sheet belongs to the article alone (tag chips carry their colour themselves): swapping a sheet
     * re-matches the CSS of everything under it, and opening a project swaps it, so at the scene it would
     * restyle every menu, table and panel of the window in the frame after the project opens.
     */
    private void refreshTagStyles() {
        String fresh = TagStylesheet.dataUri(model.tags());
        if (fresh.equals(tagStylesheet)) {
            return;
        }
        if (tagStylesheet != null) {
            article.getStylesheets().remove(tagStylesheet);
        }
        tagStylesheet = fresh;
        article.getStylesheets().add(tagStylesheet);
    }

    void applyTheme(String theme) {
        boolean dark = "dark".equals(theme);
        useTheme(dark);
        root.getStyleClass().removeAll("theme-dark", "theme-light");
        root.getStyleClass().add(dark ? "theme-dark" : "theme-light");
        preferences.setTheme(theme);
    }

    /**
     * The theme's stylesheet for every control. Set before the window's first control is made: JavaFX would
     * otherwise load its own default theme (Modena) for it first, only for it to be replaced.
     */
    private static void useTheme(boolean dark) {
        String theme = dark ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }

    void newProject() {
        dialogs.chooseFileToSave("New project", "Lectern projects", "lectern").ifPresent(file -> {
            if (java.nio.file.Files.exists(file)) {
                dialogs.showError("New project", file.getFileName() + " already exists. Choose Open project to open it.");
                return;
            }
            openProjectInBackground(file, model.session().analyst());
        });
    }

    void openProjectChosen() {
        dialogs.chooseFileToOpen("Open project", "Lectern projects", java.util.List.of("lectern"))
                .ifPresent(file -> openProjectInBackground(file, model.session() == null
                        ? AnalystPreferences.suggestedAnalyst() : model.session().analyst()));
    }

    /**
     * File → New project…, Open project…, Open default project and Recent projects: the file is made or checked
     * and read on a worker, with progress and Cancel in the status line, while the window answers; then it is
     * shown here. A cancelled opening closes the file again and leaves the window on the project it was on.
     */
    void openProjectInBackground(Path file, String analyst) {
        if (model.session() != null && model.session().location().toAbsolutePath().normalize()
                .equals(file.toAbsolutePath().normalize())) {
            return;
        }
        javafx.concurrent.Task<ProjectSession> opening = new javafx.concurrent.Task<>() {
            {
                updateTitle("Opening " + file.getFileName());
                updateProgress(-1, 1);
            }

            @Override
            protected ProjectSession call() throws Exception {
                model.awaitProjectsClosed();
                ProjectSession opened = ProjectSetup.open(file, analyst);
                if (isCancelled()) {
                    opened.close();
                    return opened;
                }
                // The document shown first is the first one: its highlights are read here, not in the frame
                // that shows the project (a document of 10,000 highlights takes tens of milliseconds to read).
                WorkbenchModel.documentShownFirst(opened)
                        .ifPresent(document -> opened.state().annotationsOf(document.id()));
                return opened;
            }
        };
        opening.setOnSucceeded(event -> showProject(file, opening::getValue));
        opening.setOnFailed(event -> showProject(file, () -> {
            throw opening.getException() instanceof Exception e ? e : new IllegalStateException(opening.getException());
        }));
        model.work().run(opening);
    }

    void openDefaultProject() {
        openProjectInBackground(AppFolders.defaultProject(), model.session().analyst());
    }

    /** View → Claim × evidence matrix: its own window beside this one, made on first use and kept for the next. */
    void showMatrix() {
        if (matrix == null) {
            matrix = new org.lectern.ui.matrix.MatrixWindow(stage, model,
                    MainWindow.class.getResource("lectern.css").toExternalForm());
        }
        matrix.open();
    }

    /** The details above the article, with the cursor in the title: where a document's title and source are corrected. */
    void showDocumentDetails() {
        documentPanel.editTitle();
    }

    /**
     * File → Your name…: the name that stands on what the analyst makes from now on, here and in every project
     * opened later (it is remembered); what was made before keeps the name it was made under.
     */
    void changeAnalystName() {
        if (model.session() == null) {
            return;
        }
        String current = model.session().analyst();
        dialogs.askText("Your name", "Your name, as it will stand on what you annotate from now on"
                + " (what you made before keeps the name it was made under):", current).map(String::strip)
                .filter(name -> !name.equals(current)).ifPresent(name -> {
                    if (name.isEmpty()) {
                        dialogs.showError("Your name", "A name is needed: everything you make stands under it. "
                                + "Your name stays " + current + ".");
                        return;
                    }
                    model.commitPendingInput(); // what was typed under the old name is saved under it
                    model.session().renameAnalyst(name);
                    preferences.setAnalyst(name);
                    statusLine.refresh();
                    layers.refresh();
                    model.status("From now on your work stands under " + name);
                });
    }

    ArticleLayers layers() {
        return layers;
    }

    TeamLive team() {
        return team;
    }

    FindBar findBar() {
        return findBar;
    }

    AnalystPreferences preferences() {
        return preferences;
    }

    void quit() {
        stage.close();
        onQuit.run();
    }

    /** What quitting does once the window is closed: ends Lectern (tests, which share one toolkit, replace it). */
    public void onQuit(Runnable quit) {
        this.onQuit = quit;
    }

    private void showPanelOf(ProjectRecord record) {
        if (panels == null) {
            return; // the panels are not built yet
        }
        if (panels.getSelectionModel().getSelectedItem() == reviewTab) {
            return; // a reviewer clicking through the article stays in review
        }
        Tab tab = record instanceof Actor ? actorsTab : record instanceof Claim ? claimsTab
                : record instanceof Evidence ? evidenceTab : record instanceof Annotation ? null : null;
        if (tab != null) {
            panels.getSelectionModel().select(tab);
        } else if (record instanceof Annotation && panels.getSelectionModel().getSelectedItem() != annotationsTab) {
            // The owning record's panel is chosen after this, if there is one; otherwise show the highlight.
            panels.getSelectionModel().select(annotationsTab);
        }
    }

    private static Tab lazyTab(String title, java.util.function.Supplier<javafx.scene.Node> content) {
        Tab tab = tab(title, null);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        tab.setId("tab-" + title.toLowerCase());
        return tab;
    }

    public WorkbenchModel model() {
        return model;
    }

    public ArticleView article() {
        return article;
    }

    public WorkbenchActions actions() {
        return actions;
    }

    public Optional<ProjectSession> session() {
        return Optional.ofNullable(model.session());
    }

    public Stage stage() {
        return stage;
    }
}
