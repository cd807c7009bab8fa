package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;
import org.lectern.model.ProjectRecord;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.service.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Making a record from the article (by key, menu or context menu) while a row is selected in every panel changes
 * no other record in the project file: a panel writes a record only when the analyst changed one of its fields.
 */
@ExtendWith(ApplicationExtension.class)
class NewRecordsLeaveOtherRecordsAloneTest {
    static final String ARTICLE = """
            Harbour officials deny weapons shipment

            PORT ELLIS — The harbour authority denied on Monday that the freighter Grey Tern carried rifles.
            Inspector Lena Moss said the manifest listed only grain. Customs records seen by this paper show
            four containers weighed twice the declared amount. A crane driver, who asked not to be named,
            said the containers were unloaded at night. The shipping agent Harlow Lines declined to comment.
            The port's night register for that week is missing. Two dockers described long green crates.
            The coast guard logged the freighter leaving before dawn. A buyer in Vell paid in cash.""";

    @TempDir
    static Path folder;

    private Path projectFile;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;
    private Actor moss;
    private Actor greyTern;
    private Claim manifest;
    private Claim denial;
    private Evidence containers;
    private Evidence register;
    private UUID notedHighlight;

    @Start
    void start(Stage stage) {
        projectFile = folder.resolve("records-" + UUID.randomUUID() + ".lectern");
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.open(stage, projectFile, "Ana", dialogs);
        window = fixture.window();
        ProjectSession session = window.model().session();
        session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, ARTICLE));
        UUID document = session.state().documents().get(0).id();

        moss = made(session, session.edits().newActorFromSelection(document, at("Lena Moss"), end("Lena Moss")),
                Actor.class);
        session.perform(session.edits().editActor(moss.id(), "Lena Moss", ActorKind.PERSON,
                List.of("Inspector Moss"), "Harbour inspector at Port Ellis"));
        greyTern = made(session, session.edits().newActorFromSelection(document, at("Grey Tern"), end("Grey Tern")),
                Actor.class);
        manifest = made(session, session.edits().newClaimFromSelection(document,
                at("the manifest listed only grain"), end("the manifest listed only grain")), Claim.class);
        session.perform(session.edits().editClaim(manifest.id(), "The manifest listed only grain", moss.id(),
                ClaimStatus.DISPUTED, Likelihood.UNLIKELY));
        denial = made(session, session.edits().newClaimFromSelection(document,
                at("denied on Monday"), end("denied on Monday")), Claim.class);
        containers = made(session, session.edits().newEvidenceFromSelection(document,
                at("four containers weighed twice"), end("four containers weighed twice")), Evidence.class);
        session.perform(session.edits().editEvidence(containers.id(), "Four containers weighed twice",
                Grade.parse("B2")));
        register = made(session, session.edits().newEvidenceFromSelection(document,
                at("night register for that week is missing"), end("night register for that week is missing")),
                Evidence.class);
        session.perform(session.edits().link(containers.id(), manifest.id(), Stance.REFUTES, Strength.STRONG));
        session.perform(session.edits().annotate(document, at("PORT ELLIS"), end("PORT ELLIS"),
                session.state().tagWithKey(5).orElseThrow().id()));
        notedHighlight = session.state().annotationsOf(document).stream()
                .filter(a -> a.passage().quote().equals("PORT ELLIS")).findFirst().orElseThrow().id();
        session.perform(session.edits().setNote(notedHighlight, "Spelled Port Elis in the wire copy"));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @ParameterizedTest(name = "with the {0} tab in front")
    @ValueSource(strings = {"claims", "annotations"})
    void everyRecordCreatingActionLeavesEveryOtherRecordByteEqualInTheFile(String front, FxRobot robot)
            throws Exception {
        // Each action on a passage of its own, with the ids of the records it is meant to change.
        check(robot, front, "Customs records", Set.of(), () -> robot.type(KeyCode.DIGIT9));
        check(robot, front, "The harbour authority", Set.of(),
                () -> robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A));
        check(robot, front, "Harlow Lines", Set.of(), () -> contextMenu(robot, "New actor from selection"));
        check(robot, front, "A crane driver", Set.of(), () -> menu(robot, "New actor from selection"));
        check(robot, front, "the containers were unloaded at night", Set.of(),
                () -> robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C));
        check(robot, front, "long green crates", Set.of(),
                () -> robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E));
        check(robot, front, "the freighter leaving", Set.of(greyTern.id()), () -> {
            dialogs.answers.add(pick(greyTern));
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        });
        check(robot, front, "declined to comment", Set.of(denial.id()), () -> {
            dialogs.answers.add(pick(denial));
            menu(robot, "Add passage to claim…");
        });
        check(robot, front, "paid in cash", Set.of(register.id()), () -> {
            dialogs.answers.add(pick(register));
            contextMenu(robot, "Add passage to evidence…");
        });
        check(robot, front, "A buyer in Vell", Set.of(), () -> {
            dialogs.answers.add(pick(register));
            dialogs.linkTarget = claims -> claims.stream().filter(c -> ((Claim) c).id().equals(denial.id()))
                    .findFirst().orElseThrow();
            robot.push(KeyCode.CONTROL, KeyCode.L);
        });
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of(), dialogs.infos, "every action found its passage and records");
    }

    /** Selects a row in every panel, brings one tab to the front, selects a passage and runs the action. */
    private void check(FxRobot robot, String front, String passage, Set<UUID> meantToChange, Runnable action)
            throws Exception {
        selectRow(robot, "actors", moss.id());
        selectRow(robot, "claims", manifest.id());
        selectRow(robot, "evidence", containers.id());
        selectRow(robot, "annotations", notedHighlight);
        robot.clickOn("#tab-" + front);
        robot.interact(() -> {
            window.article().textArea().requestFocus();
            window.article().textArea().selectRange(at(passage), end(passage));
            // In view, as a passage the analyst has just selected is (a row clicked above may have scrolled away).
            window.article().textArea().requestFollowCaret();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ProjectFileRows before = ProjectFileRows.read(projectFile);
        long revision = window.model().session().history().revision();

        action.run();
        WaitForAsyncUtils.waitForFxEvents();

        Set<String> ids = meantToChange.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
        assertEquals(List.of(), ProjectFileRows.read(projectFile).changedSince(before, ids),
                () -> "“" + passage + "” changed other records");
        assertEquals(revision + 1, window.model().session().history().revision(),
                () -> "“" + passage + "” is one undo step, not followed by another: "
                        + window.model().session().history().nextUndo().orElseThrow().description());
    }

    /** Clicks the record's row in a panel, unless it is selected there already (clicking takes time). */
    private void selectRow(FxRobot robot, String panel, UUID id) {
        TableView<?> table = robot.lookup("#" + panel + "-table").tryQueryAs(TableView.class).orElse(null);
        if (table != null && table.getSelectionModel().getSelectedItem() instanceof ProjectRecord selected
                && selected.id().equals(id)) {
            return;
        }
        robot.clickOn("#tab-" + panel);
        TableView<?> shown = robot.lookup("#" + panel + "-table").queryAs(TableView.class);
        int index = -1;
        for (int i = 0; i < shown.getItems().size(); i++) {
            if (((ProjectRecord) shown.getItems().get(i)).id().equals(id)) {
                index = i;
            }
        }
        int row = index;
        assertTrue(row >= 0, () -> panel + " lists the record");
        robot.interact(() -> shown.scrollTo(row));
        Node cell = robot.from(shown).lookup(".table-row-cell").match(node -> node instanceof TableRow<?> r
                && r.getIndex() == row).query();
        robot.clickOn(cell);
        assertEquals(id, ((ProjectRecord) shown.getSelectionModel().getSelectedItem()).id());
    }

    /**
     * Opens the article's context menu where the selection starts and clicks the item. (Monocle turns no
     * right-click into a context-menu request, so the menu is shown there as a right-click would.)
     */
    private void contextMenu(FxRobot robot, String item) {
        robot.interact(() -> {
            var area = window.article().textArea();
            javafx.geometry.Bounds at = area.getCharacterBoundsOnScreen(area.getSelection().getStart(),
                    area.getSelection().getStart() + 1).orElseThrow();
            area.getContextMenu().show(area, at.getCenterX(), at.getMaxY());
        });
        robot.clickOn(item);
    }

    private static void menu(FxRobot robot, String item) {
        robot.clickOn("Annotate");
        robot.clickOn(item);
    }

    private static Function<List<?>, Object> pick(ProjectRecord record) {
        return options -> options.stream().filter(o -> ((ProjectRecord) o).id().equals(record.id())).findFirst()
                .orElseThrow();
    }

    private static <T> T made(ProjectSession session, org.lectern.service.Edit edit, Class<T> kind) {
        session.perform(edit);
        return edit.changes().stream().map(c -> c.after()).filter(kind::isInstance).map(kind::cast).findFirst()
                .orElseThrow();
    }

    private static int at(String passage) {
        int start = ARTICLE.indexOf(passage);
        assertTrue(start >= 0, passage);
        return start;
    }

    private static int end(String passage) {
        return at(passage) + passage.length();
    }
}
