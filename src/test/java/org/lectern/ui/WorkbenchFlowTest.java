package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.InformationCredibility;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.SourceReliability;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.ui.article.TagStylesheet;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An analyst's main flows through the real window, driven by keys and clicks, checked in the window and the file. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowTest {
    static final String ARTICLE = """
            Harbour officials deny weapons shipment

            PORT ELLIS — The harbour authority denied on Monday that the freighter Grey Tern carried rifles.
            Inspector Lena Moss said the manifest listed only grain. Customs records seen by this paper show
            four containers weighed twice the declared amount.""";

    @TempDir
    static Path folder;

    private Path projectFile;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        projectFile = folder.resolve("flow-" + UUID.randomUUID() + ".lectern");
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.withDocument(stage, projectFile, "Ana", dialogs, "Harbour", ARTICLE);
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(dialogs::closePanes);
        fixture.close(robot);
    }

    @Test
    void selectingTextAndPressingTwoHighlightsItAsAClaimInTheWindowAndTheFile(FxRobot robot) throws Exception {
        int start = ARTICLE.indexOf("denied on Monday");
        int end = start + "denied on Monday".length();
        select(robot, start, end);
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();

        List<Annotation> annotations = window.model().annotations();
        assertEquals(1, annotations.size());
        Annotation highlight = annotations.get(0);
        assertEquals("denied on Monday", highlight.passage().quote());
        assertEquals("Claim", window.model().tag(highlight.tagId()).orElseThrow().name());
        Collection<String> styles = area().getStyleAtPosition(start + 3);
        assertTrue(styles.contains(TagStylesheet.classesOf(highlight.tagId()).background()),
                "the passage carries the Claim highlight style: " + styles);
        WindowFixture.clickTab(robot, "Annotations");
        assertEquals(1, robot.lookup("#annotations-table").queryAs(TableView.class).getItems().size());
        assertEquals(List.of("denied on Monday|Claim|Ana"), rows(
                "SELECT quote || '|' || tag || '|' || author FROM highlight"));
    }

    @Test
    void afterOpeningAnotherProjectWithTheSameTagsAClickedTagButtonTagsWithThatProjectsTag(FxRobot robot)
            throws Exception {
        Path other = folder.resolve("other-" + UUID.randomUUID() + ".lectern");
        try (var session = org.lectern.service.ProjectSetup.open(other, "Ana")) {
            session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, ARTICLE));
        }
        javafx.scene.Node placeButton = robot.lookup("#tag-place").query();
        openByKeys(robot, other);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(placeButton, robot.lookup("#tag-place").query(), "the palette kept its buttons");

        int start = ARTICLE.indexOf("PORT ELLIS");
        select(robot, start, start + "PORT ELLIS".length());
        robot.clickOn("#tag-place");
        WaitForAsyncUtils.waitForFxEvents();

        UUID place = window.model().session().state().tagNamed("Place").orElseThrow().id();
        assertEquals(1, window.model().annotations().size(), () -> "highlighted: " + dialogs.errors);
        assertEquals(place, window.model().annotations().get(0).tagId(), "tagged with this project's Place");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals(List.of("PORT ELLIS|Place"), rows(other, "SELECT quote || '|' || tag FROM highlight"),
                "and saved in that project's file");
    }

    @Test
    void aProjectLetGoForAnotherEndsClosedAndWholeAndOpensAgainAtOnce(FxRobot robot) throws Exception {
        tagByKey(robot, "Grey Tern", KeyCode.DIGIT3);
        Path other = folder.resolve("let-go-" + UUID.randomUUID() + ".lectern");
        try (var session = org.lectern.service.ProjectSetup.open(other, "Ana")) {
            session.perform(session.edits().addDocument("Ferry", DocumentMetadata.EMPTY, "The ferry resumed."));
        }

        openByKeys(robot, other);
        openByKeys(robot, projectFile); // and straight back, before the first has had time to close
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals(List.of("Grey Tern"), window.model().annotations().stream().map(a -> a.passage().quote())
                .toList(), "the project opened again shows its highlight");
        // The project let go ends closed: its write-ahead log folded into the file and gone, its lock free for
        // another Lectern.
        Path otherLog = other.resolveSibling(other.getFileName() + "-wal");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !Files.exists(otherLog));
        try (var again = org.lectern.service.ProjectSetup.open(other, "Ben")) {
            assertEquals(List.of("Ferry"), again.state().documents().stream().map(d -> d.title()).toList());
        }
    }

    @Test
    void stickyTagModeCarriesOverToAnotherProjectOpenedWithTheTagOfTheSameName(FxRobot robot) throws Exception {
        Path other = folder.resolve("sticky-" + UUID.randomUUID() + ".lectern");
        try (var session = org.lectern.service.ProjectSetup.open(other, "Ana")) {
            session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, ARTICLE));
        }
        robot.push(KeyCode.CONTROL, KeyCode.T);
        robot.clickOn("#tag-place");
        openByKeys(robot, other);
        WaitForAsyncUtils.waitForFxEvents();

        ArticleDrag.across(robot, area(), ARTICLE, "PORT ELLIS");

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals(List.of("PORT ELLIS|Place"), rows(other, "SELECT quote || '|' || tag FROM highlight"),
                "the other project's Place, as the sticky tag");
        assertEquals(window.model().session().state().tagNamed("Place").orElseThrow(), window.model().stickyTag());
    }

    @Test
    void highlightsSavedEarlierAreStyledWhenTheDocumentIsShownAgain(FxRobot robot) {
        var session = window.model().session();
        String quote = "four containers weighed twice";
        int start = ARTICLE.indexOf(quote);
        UUID evidenceTag = session.state().tagNamed("Evidence").orElseThrow().id();
        robot.interact(() -> {
            session.perform(session.edits().annotate(session.state().documents().get(0).id(), start,
                    start + quote.length(), evidenceTag));
            session.perform(session.edits().addDocument("Other", DocumentMetadata.EMPTY, "Another text."));
            window.model().currentDocumentProperty().set(session.state().documents().get(1));
            window.model().currentDocumentProperty().set(session.state().documents().get(0));
        });
        String background = TagStylesheet.classesOf(evidenceTag).background();
        assertTrue(area().getStyleOfChar(start).contains(background), "its first character, in paragraph 3");
        assertTrue(area().getStyleOfChar(start + quote.length() - 1).contains(background), "its last character");
        assertTrue(area().getStyleOfChar(start - 1).isEmpty(), "the character before it");
        assertTrue(area().getStyleOfChar(start + quote.length()).isEmpty(), "the character after it");
    }

    @Test
    void overlappingHighlightsAreBothVisible(FxRobot robot) throws Exception {
        tagByKey(robot, "Inspector Lena Moss said", KeyCode.DIGIT2);
        tagByKey(robot, "Lena Moss", KeyCode.DIGIT1);
        int actor = ARTICLE.indexOf("Lena Moss");

        Collection<String> styles = area().getStyleAtPosition(actor + 2);
        assertEquals(2, styles.size(), "one background and one underline: " + styles);
        assertEquals(2, rows("SELECT quote FROM highlight").size());
    }

    @Test
    void newActorFromSelectionAddsTheActorWithItsMention(FxRobot robot) throws Exception {
        int start = ARTICLE.indexOf("Lena Moss");
        select(robot, start, start + "Lena Moss".length());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        List<Actor> actors = window.model().actors();
        assertEquals(1, actors.size());
        assertEquals("Lena Moss", actors.get(0).name());
        assertEquals(1, actors.get(0).mentionIds().size());
        assertEquals(actors.get(0), robot.lookup("#actors-table").queryAs(TableView.class)
                .getSelectionModel().getSelectedItem(), "the new actor is selected in its panel");
        assertEquals(List.of("Lena Moss|Actor"), rows(
                "SELECT a.name || '|' || t.name FROM actor a JOIN actor_mention m ON m.actor_id = a.id"
                        + " JOIN annotation n ON n.id = m.annotation_id JOIN tag t ON t.id = n.tag_id"));
    }

    @Test
    void theArticlesContextMenuOffersTheRecordCommands() {
        List<String> items = area().getContextMenu().getItems().stream().map(javafx.scene.control.MenuItem::getText)
                .filter(java.util.Objects::nonNull).toList();
        assertTrue(items.containsAll(List.of("Tag as", "New actor from selection", "Mention of actor…",
                "New claim from selection", "New evidence from selection", "Link evidence to claim…")), items::toString);
    }

    @Test
    void aClaimWithClaimantAndRefutingEvidenceGradedB2IsSavedUndoneAndRedone(FxRobot robot) throws Exception {
        int actor = ARTICLE.indexOf("The harbour authority");
        select(robot, actor, actor + "The harbour authority".length());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        int claimAt = ARTICLE.indexOf("the freighter Grey Tern carried rifles");
        select(robot, claimAt, claimAt + "the freighter Grey Tern carried rifles".length());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);

        // The claimant is picked in the Claims panel's searchable combo box (typed, then Return), the status
        // chosen from its list with the mouse.
        robot.clickOn("#claim-claimant").write("harbour").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        chooseFromList(robot, "#claim-status", "disputed");

        int evidenceAt = ARTICLE.indexOf("four containers weighed twice the declared amount");
        select(robot, evidenceAt, evidenceAt + "four containers weighed twice the declared amount".length());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        chooseFromList(robot, "#evidence-reliability", SourceReliability.B.toString());
        chooseFromList(robot, "#evidence-credibility", InformationCredibility.PROBABLY_TRUE.toString());
        dialogs.linkStance = Stance.REFUTES;
        dialogs.linkStrength = Strength.STRONG;
        robot.clickOn("Link to claim…");
        WaitForAsyncUtils.waitForFxEvents();

        String expected = "the freighter Grey Tern carried rifles|The harbour authority|disputed|"
                + "four containers weighed twice the declared amount|B2|refutes|strong";
        String query = "SELECT claim || '|' || claimant || '|' || status || '|' || evidence || '|' || grade || '|'"
                + " || stance || '|' || strength FROM claim_evidence";
        assertEquals(List.of(expected), rows(query));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), rows(query), "undo removes the link");
        assertEquals(0, window.model().links().size());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(expected), rows(query), "redo brings it back");

        robot.push(KeyCode.CONTROL, KeyCode.Z); // the link
        robot.push(KeyCode.CONTROL, KeyCode.Z); // credibility 2
        robot.push(KeyCode.CONTROL, KeyCode.Z); // reliability B
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("F6", window.model().evidence().get(0).grade().code(), "the grade is undone step by step");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(expected), rows(query));
    }

    @Test
    void undoAndRedoOfAHighlightReachTheWindowAndTheFile(FxRobot robot) throws Exception {
        tagByKey(robot, "Customs records", KeyCode.DIGIT3);
        int start = ARTICLE.indexOf("Customs records");
        assertEquals(1, rows("SELECT quote FROM highlight").size());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, rows("SELECT quote FROM highlight").size());
        assertEquals(0, window.model().annotations().size());
        assertTrue(area().getStyleAtPosition(start + 2).isEmpty(), "the highlight is gone from the article");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Customs records"), rows("SELECT quote FROM highlight"));
        assertEquals(1, window.model().annotations().size());
    }

    @Test
    void reopeningTheProjectRestoresEverythingExactly(FxRobot robot) throws Exception {
        int actor = ARTICLE.indexOf("Lena Moss");
        select(robot, actor, actor + "Lena Moss".length());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        int claim = ARTICLE.indexOf("the manifest listed only grain");
        select(robot, claim, claim + "the manifest listed only grain".length());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        int evidence = ARTICLE.indexOf("Customs records");
        select(robot, evidence, evidence + "Customs records".length());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        robot.push(KeyCode.CONTROL, KeyCode.L);
        robot.interact(() -> {
            var session = window.model().session();
            Annotation first = window.model().annotations().get(0);
            session.perform(session.edits().setNote(first.id(), "Check the inspector's title"));
            Evidence item = window.model().evidence().get(0);
            session.perform(session.edits().editEvidence(item.id(), item.description(), Grade.parse("C3")));
        });
        ProjectSnapshot before = window.model().state() == null ? null : snapshotOfOpenWindow();

        robot.interact(() -> window.stage().close());
        try (ProjectStore reopened = ProjectFiles.open(projectFile)) {
            ProjectSnapshot after = reopened.load();
            assertEquals(before.annotations(), after.annotations());
            assertEquals(before.actors(), after.actors());
            assertEquals(before.claims(), after.claims());
            assertEquals(before.evidence(), after.evidence());
            assertEquals(before.links(), after.links());
            assertEquals(before.documents(), after.documents());
            assertEquals(before.tags(), after.tags());
        }
    }

    @Test
    void clickingAHighlightSelectsItsClaimAndChoosingAClaimSelectsItsPassage(FxRobot robot) {
        int claimAt = ARTICLE.indexOf("the manifest listed only grain");
        int claimEnd = claimAt + "the manifest listed only grain".length();
        select(robot, claimAt, claimEnd);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        int other = ARTICLE.indexOf("Customs records");
        select(robot, other, other + "Customs records".length());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        TableView<?> claims = robot.lookup("#claims-table").queryAs(TableView.class);

        robot.interact(() -> {
            area().moveTo(0);
            claims.getSelectionModel().clearSelection();
        });
        javafx.geometry.Bounds[] letter = new javafx.geometry.Bounds[1];
        robot.interact(() -> letter[0] = area().getCharacterBoundsOnScreen(claimAt + 4, claimAt + 5).orElseThrow());
        robot.clickOn(new javafx.geometry.Point2D(letter[0].getCenterX(), letter[0].getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("the manifest listed only grain",
                ((org.lectern.model.Claim) claims.getSelectionModel().getSelectedItem()).statement());

        // The keyboard was in the article: a click on another claim's row is the analyst's choice all the same.
        WindowFixture.clickRow(robot, claims, 1);
        assertEquals("Customs records", area().getSelectedText(), "the article selects the claim's passage");

        // Having read on elsewhere, the analyst clicks the same claim again: its passage is shown again.
        robot.interact(() -> area().moveTo(0));
        WindowFixture.clickRow(robot, claims, 1);
        assertEquals("Customs records", area().getSelectedText(), "a click on the chosen claim shows it again");
    }

    @Test
    void choosingTheOpenProjectAgainKeepsItOpen(FxRobot robot) {
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.openProject(projectFile, "Ana"));
        assertTrue(opened[0]);
        assertEquals(List.of(), dialogs.errors, "not refused as open in another window");
        assertEquals(projectFile, window.model().session().location());
    }

    @Test
    void aFileThatIsNotAProjectIsRefusedInTheWindowAndLeftUntouched(FxRobot robot) throws Exception {
        Path notAProject = folder.resolve("notes-" + UUID.randomUUID() + ".lectern");
        java.nio.file.Files.writeString(notAProject, "These are my notes, not a project.");
        byte[] before = java.nio.file.Files.readAllBytes(notAProject);
        int[] opened = new int[1];
        robot.interact(() -> opened[0] = window.openProject(notAProject, "Ana") ? 1 : 0);

        assertEquals(0, opened[0]);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("is not a Lectern project"), dialogs.errors::toString);
        assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(notAProject)));
        assertEquals(projectFile, window.model().session().location(), "the open project stays open");
    }

    @Test
    void addingAnArticleFromAFileShowsItAndABinaryFileIsRefusedWithAMessage(FxRobot robot) throws Exception {
        Path article = folder.resolve("dispatch-" + UUID.randomUUID() + ".txt");
        java.nio.file.Files.writeString(article, "Dispatch from the coast\r\n\r\nThe ferry resumed service on Friday.");
        Path binary = folder.resolve("scan-" + UUID.randomUUID() + ".txt");
        java.nio.file.Files.write(binary, new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 7});

        dialogs.answers.add(article);
        robot.clickOn("File").clickOn("#menu-add-document-from-file");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.model().documents().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Dispatch from the coast", window.model().currentDocument().orElseThrow().title());
        assertEquals("Dispatch from the coast\n\nThe ferry resumed service on Friday.", area().getText(),
                "the article is shown with its line endings normalised");

        dialogs.answers.add(binary);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertTrue(dialogs.errors.get(0).contains(binary.getFileName().toString()), dialogs.errors::toString);
        assertEquals(2, window.model().documents().size());
        assertEquals(2, rows("SELECT title FROM document").size());
    }

    @Test
    void inStickyTagModeEveryMouseSelectionIsTaggedAtOnce(FxRobot robot) throws Exception {
        // Sticky mode (Ctrl+T); then, with nothing selected, a tag clicked in the palette becomes the sticky tag.
        robot.push(KeyCode.CONTROL, KeyCode.T);
        robot.clickOn("#tag-place");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Place", window.model().stickyTag().name());
        ArticleDrag.across(robot, area(), ARTICLE, "PORT ELLIS");

        assertEquals(List.of("PORT ELLIS|Place"), rows("SELECT quote || '|' || tag FROM highlight"));
    }

    @Test
    void exportingFromTheWindowWritesTheReportInTheBackgroundAndOpensIt(FxRobot robot) throws Exception {
        tagByKey(robot, "Inspector Lena Moss", KeyCode.DIGIT1);
        Path report = folder.resolve("report-" + UUID.randomUUID() + ".html");
        dialogs.answers.add(new ExportRequest(org.lectern.service.ExportFormat.HTML,
                org.lectern.io.export.ExportScope.EVERYTHING, report, java.util.Optional.empty(), true));

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !dialogs.opened.isEmpty());

        assertEquals(List.of(report), dialogs.opened);
        assertEquals(1, dialogs.progressShown.size(), "progress was shown while it ran");
        var html = org.jsoup.Jsoup.parse(report.toFile(), "UTF-8");
        assertTrue(html.select("mark").eachText().contains("Inspector Lena Moss"), html::title);
    }

    @Test
    void importingAnnotationsFromTheWindowIsOneEditThatOneUndoTakesBack(FxRobot robot) throws Exception {
        tagByKey(robot, "Lena Moss", KeyCode.DIGIT1);
        tagByKey(robot, "Customs records", KeyCode.DIGIT3);
        Path exchange = folder.resolve("colleague-" + UUID.randomUUID() + ".jsonld");
        new org.lectern.io.w3c.W3cExport().export(window.model().session().state().snapshot(),
                org.lectern.io.export.ExportScope.EVERYTHING, exchange, org.lectern.io.export.Progress.NONE);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, rows("SELECT quote FROM highlight").size());

        dialogs.answers.add(exchange);
        robot.clickOn("File").clickOn("#menu-import-annotations");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !dialogs.infos.isEmpty());
        assertEquals(2, rows("SELECT quote FROM highlight").size());
        assertTrue(dialogs.infos.get(0).contains("2 annotations added"), dialogs.infos::toString);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, rows("SELECT quote FROM highlight").size(), "one undo takes the whole import back");
    }

    @Test
    void aReviewCommentOnAHighlightIsSavedAndItsThreadCanBeResolved(FxRobot robot) throws Exception {
        tagByKey(robot, "Customs records", KeyCode.DIGIT3);
        WindowFixture.clickTab(robot, "Annotations");
        WindowFixture.clickRow(robot, robot.lookup("#annotations-table").queryAs(TableView.class), 0);

        // Below the highlight's form, in a low window: the analyst tabs on from the note until it is in view.
        robot.clickOn("#annotation-note");
        tabTo(robot, robot.lookup("#annotation-comment-text").query());
        robot.write("Which records? Ask for the manifest.");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Which records? Ask for the manifest.|0|Ana"), rows(
                "SELECT c.text || '|' || c.resolved || '|' || a.name FROM review_comment c"
                        + " JOIN author a ON a.id = c.author_id"));

        javafx.scene.control.ListView<?> thread = robot.lookup("#annotation-comments").queryAs(
                javafx.scene.control.ListView.class);
        WindowFixture.clickRow(robot, thread, 0);
        tabTo(robot, robot.lookup("Resolve").query());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("1"), rows("SELECT resolved FROM review_comment"));
    }

    /** Opens a drop-down list with a click and clicks the entry that reads {@code entry}, as the analyst does. */
    private static void chooseFromList(FxRobot robot, String list, String entry) {
        robot.clickOn(list);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.Node node) ->
                node instanceof javafx.scene.control.ListCell<?> cell && entry.equals(cell.getText()))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses Tab until {@code target} has the keyboard, as an analyst does to reach a field below the fold. */
    private static void tabTo(FxRobot robot, javafx.scene.Node target) {
        for (int presses = 0; presses < 12 && target.getScene().getFocusOwner() != target; presses++) {
            robot.type(KeyCode.TAB);
        }
        assertSame(target, target.getScene().getFocusOwner(), "Tab reaches " + target);
    }

    @Test
    void theTagEditorRenamesATagGivesItAKeyAndThePaletteFollows(FxRobot robot) throws Exception {
        robot.clickOn("Annotate").clickOn("#menu-edit-tags");
        robot.clickOn(tagInEditor(robot, "Quote"));
        robot.clickOn("#tag-editor-name").push(KeyCode.CONTROL, KeyCode.A).write("Quotation");
        chooseFromList(robot, "#tag-editor-key", "2");
        robot.clickOn("#tag-editor-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Quotation|2", "Claim|0"), rows(
                "SELECT name || '|' || hotkey FROM tag WHERE name IN ('Quotation', 'Claim') ORDER BY hotkey DESC"));
        assertTrue(robot.lookup("#tag-quotation").tryQuery().isPresent(), "the palette shows the renamed tag");
        robot.interact(dialogs::closePanes); // the analyst closes the editor and goes back to the article
        tagByKey(robot, "Lena Moss", KeyCode.DIGIT2);
        assertEquals(List.of("Lena Moss|Quotation"), rows("SELECT quote || '|' || tag FROM highlight"));
    }

    @Test
    void aTagsGuidelineIsWrittenInTheEditorShownWholeAndTabLeavesIt(FxRobot robot) throws Exception {
        String guideline = "Use for a named place: a port, a town, a border crossing or a region, as the article"
                + " names it, not for a country acting as a party.";
        robot.clickOn("Annotate").clickOn("#menu-edit-tags");
        robot.clickOn(tagInEditor(robot, "Place"));
        robot.clickOn("#tag-editor-description").push(KeyCode.CONTROL, KeyCode.A).write(guideline);
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea field = robot.lookup("#tag-editor-description").query();
        assertEquals(guideline, field.getText(), "Tab left the field rather than typing a tab into it");
        assertTrue(!field.isFocused(), "Tab moved on");
        // Shown whole: the text wraps within the field and its lines all fit in view, nothing to scroll sideways.
        double textHeight = WaitForAsyncUtils.asyncFx(() -> field.lookup(".content").getBoundsInLocal().getHeight())
                .get();
        assertTrue(textHeight <= field.getHeight(), "the guideline's lines (" + textHeight + " px) fit the field ("
                + field.getHeight() + " px)");
        assertTrue(WaitForAsyncUtils.asyncFx(field::getScrollLeft).get() == 0, "no sideways scrolling");
        robot.clickOn("#tag-editor-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(guideline), rows("SELECT description FROM tag WHERE name = 'Place'"));
    }

    @Test
    void recolouringATagRecoloursItsChipsInThePaletteAndTheHighlightsTable(FxRobot robot) throws Exception {
        tagByKey(robot, "denied on Monday", KeyCode.DIGIT2);
        WindowFixture.clickTab(robot, "Annotations");
        String before = rows("SELECT color FROM tag WHERE name = 'Claim'").get(0);

        robot.clickOn("Annotate").clickOn("#menu-edit-tags");
        robot.clickOn(tagInEditor(robot, "Claim"));
        // The colour picker's palette: the analyst clicks a swatch (the twelfth of its top row).
        robot.clickOn("#tag-editor .color-picker");
        List<javafx.scene.Node> swatches = List.copyOf(robot.lookup(".color-palette .color-square").queryAll());
        robot.clickOn(swatches.get(11));
        Color chosen = robot.lookup("#tag-editor .color-picker").<javafx.scene.control.ColorPicker>query().getValue();
        robot.clickOn("#tag-editor-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(!Color.web(before).equals(chosen), "another colour was chosen: " + chosen);
        javafx.scene.Node tableRow = robot.lookup("#annotations-table .table-row-cell").query();
        javafx.scene.Node inTable = robot.from(tableRow).lookup(".tag-chip").query();
        javafx.scene.Node inPalette = robot.from(robot.lookup("#tag-claim").<javafx.scene.Node>query())
                .lookup(".tag-chip").query();
        assertEquals(chosen, fillOf(inTable), "the highlights table shows the new colour");
        assertEquals(chosen, fillOf(inPalette), "the palette shows the new colour");
        assertEquals(chosen, Color.web(rows("SELECT color FROM tag WHERE name = 'Claim'").get(0)), "and the file");
    }

    /** The tag editor's row for the tag named {@code name}. */
    private static javafx.scene.Node tagInEditor(FxRobot robot, String name) {
        return robot.lookup("#tag-editor .list-cell").match((javafx.scene.Node node) ->
                node instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() instanceof Tag tag
                        && tag.name().equals(name)).query();
    }

    private static javafx.scene.paint.Paint fillOf(javafx.scene.Node chip) {
        return ((javafx.scene.layout.Region) chip).getBackground().getFills().get(0).getFill();
    }

    private ProjectSnapshot snapshotOfOpenWindow() {
        var state = window.model().state();
        List<Annotation> annotations = state.documents().stream()
                .flatMap(d -> state.annotationsOf(d.id()).stream()).toList();
        return new ProjectSnapshot(state.documents(), state.tags(), sortById(annotations),
                state.actors(), state.claims(), state.evidence(), state.links(), List.of());
    }

    private static List<Annotation> sortById(List<Annotation> annotations) {
        return annotations.stream().sorted(java.util.Comparator.comparing((Annotation a) -> a.passage().start())
                .thenComparing(a -> a.passage().end())).toList();
    }

    /** File → Open project… by its key, the file chooser answered with {@code file}; waits until it is shown. */
    private void openByKeys(FxRobot robot, Path file) throws java.util.concurrent.TimeoutException {
        dialogs.answers.add(file);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.model().session().location().equals(file) && !window.model().work().isBusy());
    }

    /** Selects {@code quote} in the article and presses a tag key. */
    private void tagByKey(FxRobot robot, String quote, KeyCode key) {
        int start = ARTICLE.indexOf(quote);
        select(robot, start, start + quote.length());
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, int start, int end) {
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(start, end);
        });
    }

    private StyleClassedTextArea area() {
        return window.article().textArea();
    }

    /** What an analyst would see with the sqlite3 shell, through a separate connection. */
    private List<String> rows(String sql) throws SQLException {
        return rows(projectFile, sql);
    }

    private static List<String> rows(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new java.util.ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }

}
