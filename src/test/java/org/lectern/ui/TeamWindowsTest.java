package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.team.TeamFixture.ANA;
import static org.lectern.team.TeamFixture.LEAD;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.log.LecternLog;
import org.lectern.model.Annotation;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.ProjectSetup;
import org.lectern.service.team.TeamConnection;
import org.lectern.service.team.TeamSettings;
import org.lectern.service.team.TeamSignIn;
import org.lectern.team.ClosablePort;
import org.lectern.team.TeamFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two analysts, each in their own window on their own copy of one team project, on a real PostgreSQL: what one
 * highlights appears in the other's window under their name; work done while the server cannot be reached is
 * sent once it can; and closing the windows leaves nothing running.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWindowsTest {
    private static final String ARTICLE = TeamFixture.TEXT;

    @TempDir
    static Path folder;

    private TeamFixture team;
    private MainWindow lena;
    private MainWindow ana;
    private final ScriptedDialogs lenasDialogs = new ScriptedDialogs();
    private final ScriptedDialogs anasDialogs = new ScriptedDialogs();
    private Preferences lenasPreferences;
    private Preferences anasPreferences;
    private Path lenasFile;
    private ClosablePort lenasNetwork;

    @Start
    void start(Stage stage) throws Exception {
        team = TeamFixture.create();
        // The lead's project, and the copy of it she gave Ana (a file sent round, as teams start).
        lenasFile = folder.resolve("lena-" + UUID.randomUUID() + ".lectern");
        try (var project = ProjectSetup.open(lenasFile, LEAD)) {
            project.perform(project.edits().addDocument("Crates at Varno", DocumentMetadata.EMPTY, ARTICLE));
        }
        Path anasFile = folder.resolve("ana-" + UUID.randomUUID() + ".lectern");
        Files.copy(lenasFile, anasFile);

        lenasPreferences = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
        lena = new MainWindow(stage, new AnalystPreferences(lenasPreferences), lenasDialogs);
        lena.onQuit(() -> { });
        assertTrue(lena.openProject(lenasFile, LEAD), () -> "opened: " + lenasDialogs.errors);
        lena.show();

        anasPreferences = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
        ana = new MainWindow(new Stage(), new AnalystPreferences(anasPreferences), anasDialogs);
        ana.onQuit(() -> { });
        assertTrue(ana.openProject(anasFile, ANA), () -> "opened: " + anasDialogs.errors);
        ana.show();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ana.stage().close();
            lena.stage().close();
        });
        if (lenasNetwork != null) {
            lenasNetwork.close();
        }
        lenasPreferences.removeNode();
        anasPreferences.removeNode();
    }

    // ---- what the analysts do ----

    /** Brings the window to the front and gives it the keyboard, as a click on its title bar would. */
    private void toFront(FxRobot robot, MainWindow window) {
        robot.interact(() -> {
            window.stage().toFront();
            window.stage().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void menu(FxRobot robot, MainWindow window, String menu, String itemId) {
        toFront(robot, window);
        robot.clickOn(robot.from(window.stage().getScene().getRoot()).lookup((Node node) ->
                node instanceof javafx.scene.control.Labeled labeled && node.isVisible()
                && (menu.equals(labeled.getText()) || ("_" + menu).equals(labeled.getText()))).<Node>query());
        robot.clickOn(itemId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects the words of {@code phrase} in the article by keys (Ctrl+F, the words, Escape) and tags them with 1. */
    private void tag(FxRobot robot, MainWindow window, String phrase) {
        selectByFinding(robot, window, phrase);
        robot.push(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectByFinding(FxRobot robot, MainWindow window, String phrase) {
        toFront(robot, window);
        robot.clickOn(window.article().textArea());
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(phrase);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(phrase, WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> window.article().textArea().getSelectedText()));
    }

    /** Lena connects through the dialog, as she would: server, port, database, user name, password typed. */
    private void lenaConnectsThroughTheDialog(FxRobot robot, int port) {
        TeamSettings direct = TeamSettings.of(team.db().url(), team.login(LEAD));
        lenasDialogs.realTeamSignIn = true;
        menu(robot, lena, "File", "#menu-connect-to-team-project");
        WaitForAsyncUtils.waitForFxEvents();
        fill(robot, "#team-server", direct.server());
        fill(robot, "#team-port", String.valueOf(port));
        fill(robot, "#team-database", direct.database());
        fill(robot, "#team-user", team.login(LEAD));
        robot.clickOn("#team-password-typed");
        robot.clickOn("#team-password").write(team.password(LEAD));
        robot.clickOn("#team-connect");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Lena connects from the same menu item, her details answered for her: typing them into the dialog, as the
     * tests that are about the dialog do, takes some ten seconds of key presses each time.
     */
    private void lenaConnects(FxRobot robot, int port) {
        TeamSettings direct = TeamSettings.of(team.db().url(), team.login(LEAD));
        TeamSettings settings = new TeamSettings(direct.server(), port, direct.database(), direct.user(),
                direct.tls(), direct.caFile());
        lenasDialogs.answers.add(new TeamSignIn(settings, team.password(LEAD).toCharArray()));
        menu(robot, lena, "File", "#menu-connect-to-team-project");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fill(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }

    /** Ana connects with the password her .pgpass would give (here: answered for her). */
    private void anaConnects(FxRobot robot) {
        TeamSettings settings = TeamSettings.of(team.db().url(), team.login(ANA));
        anasDialogs.answers.add(new TeamSignIn(settings, team.password(ANA).toCharArray()));
        menu(robot, ana, "File", "#menu-connect-to-team-project");
    }

    private String teamStatus(MainWindow window) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ((Label) window.stage().getScene()
                .lookup("#status-team")).getText());
    }

    private void awaitStatus(MainWindow window, String start) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> teamStatus(window).startsWith(start));
    }

    private List<Annotation> highlightsBy(MainWindow window, String analyst) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> List.copyOf(window.model().annotations())).stream()
                .filter(a -> a.stamp().author().equals(analyst)).toList();
    }

    private List<String> legend(MainWindow window) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            Region legend = (Region) window.stage().getScene().lookup("#layer-legend");
            return legend.isVisible() ? legend.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList()
                    : List.<String>of();
        });
    }

    // ---- the tests ----

    @Test
    void a_highlight_made_in_one_window_appears_in_the_colleagues_window_under_her_name(FxRobot robot)
            throws Exception {
        int serverPort = TeamSettings.of(team.db().url(), "").port();
        lenaConnectsThroughTheDialog(robot, serverPort);
        awaitStatus(lena, "Team: connected");
        anaConnects(robot);
        awaitStatus(ana, "Team: connected");
        assertTrue(teamStatus(ana).matches("Team: connected · last synchronised \\d\\d:\\d\\d:\\d\\d"),
                teamStatus(ana));

        tag(robot, lena, "Customs officers");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> highlightsBy(ana, LEAD).size() == 1);
        assertEquals("Customs officers", highlightsBy(ana, LEAD).get(0).passage().quote());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> legend(ana).contains(LEAD));
        assertTrue(lenasDialogs.errors.isEmpty() && anasDialogs.errors.isEmpty(),
                () -> lenasDialogs.errors + " " + anasDialogs.errors);

        // Lena, on her other laptop, brings in a big piece of work at once: it reaches Ana's window in slices,
        // as a long edit of her own would, so that the window keeps answering meanwhile.
        Annotation first = highlightsBy(ana, LEAD).get(0);
        List<org.lectern.service.ProjectEvent> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> ana.model().session().addListener(event -> {
            if (event.kind() == org.lectern.service.ProjectEvent.Kind.RECEIVED) {
                received.add(event);
            }
        }));
        int big = WorkbenchModel.LONG_EDIT + 100;
        List<org.lectern.store.team.ServerRecord> many = new java.util.ArrayList<>();
        java.time.Instant now = java.time.Instant.now();
        for (int i = 0; i < big; i++) {
            many.add(TeamFixture.sent(TeamFixture.annotation(first.documentId(), first.tagId(), LEAD, now)));
        }
        try (var otherLaptop = team.connect(LEAD)) {
            otherLaptop.push(many);
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> highlightsBy(ana, LEAD).size() == 1 + big);
        assertEquals(big, received.stream().mapToInt(e -> e.changes().size()).sum(), "every one arrived");
        assertTrue(received.size() > 1 && received.get(0).changes().size() <= WorkbenchModel.SLICE,
                () -> "in slices, the first of at most " + WorkbenchModel.SLICE + ", not " + received.stream()
                        .map(e -> e.changes().size()).toList());
        assertTrue(anasDialogs.errors.isEmpty(), anasDialogs.errors::toString);
    }

    @Test
    void the_typed_password_is_in_neither_the_preferences_nor_the_log_nor_the_project_file(FxRobot robot)
            throws Exception {
        int serverPort = TeamSettings.of(team.db().url(), "").port();
        lenaConnectsThroughTheDialog(robot, serverPort);
        awaitStatus(lena, "Team: connected");
        tag(robot, lena, "forty crates");
        awaitStatus(lena, "Team: connected");
        robot.interact(() -> lena.stage().close());

        String password = team.password(LEAD);
        ByteArrayOutputStream preferences = new ByteArrayOutputStream();
        Preferences.userRoot().exportSubtree(preferences);
        assertFalse(preferences.toString(StandardCharsets.UTF_8).contains(password), "not in preferences");
        String log = Files.readString(LecternLog.file(), StandardCharsets.UTF_8);
        assertTrue(log.contains("Connected to the team server"), "the log tells of the connection");
        assertFalse(log.contains(password), "not in the log");
        for (Path file : List.of(lenasFile, Path.of(lenasFile + "-wal"))) {
            if (Files.exists(file)) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(password),
                        "not in " + file.getFileName());
            }
        }
    }

    @Test
    void work_done_while_the_server_cannot_be_reached_reaches_the_colleague_once_it_can(FxRobot robot)
            throws Exception {
        lenasNetwork = new ClosablePort("localhost", TeamSettings.of(team.db().url(), "").port());
        lenaConnects(robot, lenasNetwork.port());
        awaitStatus(lena, "Team: connected");
        anaConnects(robot);
        awaitStatus(ana, "Team: connected");

        lenasNetwork.cut();
        awaitStatus(lena, "Team: offline since ");
        tag(robot, lena, "Customs officers");
        tag(robot, lena, "The ministry");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> teamStatus(lena).contains("· 2 to send"));
        assertTrue(highlightsBy(ana, LEAD).isEmpty(), "nothing reached Ana while Lena was offline");
        assertEquals(2, highlightsBy(lena, LEAD).size(), "Lena works on as ever");

        lenasNetwork.open();
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> highlightsBy(ana, LEAD).size() == 2);
        awaitStatus(lena, "Team: connected");
    }

    @Test
    void after_disconnecting_edits_wait_and_connecting_again_asks_only_the_password_and_sends_them(FxRobot robot)
            throws Exception {
        int serverPort = TeamSettings.of(team.db().url(), "").port();
        lenaConnects(robot, serverPort);
        awaitStatus(lena, "Team: connected");
        anaConnects(robot);
        awaitStatus(ana, "Team: connected");

        menu(robot, lena, "File", "#menu-disconnect-from-team");
        assertEquals("Team: not connected", teamStatus(lena));
        tag(robot, lena, "The ministry");

        lenasDialogs.realTeamSignIn = true;
        menu(robot, lena, "File", "#menu-connect-to-team-project");
        assertTrue(robot.lookup("#team-server").queryAs(javafx.scene.control.TextField.class).isDisabled(),
                "a linked project's team is fixed");
        robot.clickOn("#team-password").write(team.password(LEAD));
        robot.clickOn("#team-connect");
        assertEquals(List.of(false, true), lenasDialogs.teamSignInsAsked);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> highlightsBy(ana, LEAD).size() == 1);
        assertEquals("The ministry", highlightsBy(ana, LEAD).get(0).passage().quote());
    }

    @Test
    void quitting_both_windows_leaves_no_team_connection_running(FxRobot robot) throws Exception {
        int serverPort = TeamSettings.of(team.db().url(), "").port();
        lenaConnects(robot, serverPort);
        anaConnects(robot);
        awaitStatus(lena, "Team: connected");
        awaitStatus(ana, "Team: connected");

        toFront(robot, lena);
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        toFront(robot, ana);
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(lena.stage().isShowing() || ana.stage().isShowing(), "both windows closed");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith(TeamConnection.THREAD_NAME)));
    }

    @Test
    void reopening_a_linked_project_connects_with_the_password_of_pgpass_and_asks_for_it_only_without(
            FxRobot robot) throws Exception {
        int serverPort = TeamSettings.of(team.db().url(), "").port();
        lenaConnects(robot, serverPort);
        awaitStatus(lena, "Team: connected");
        Path other = folder.resolve("other-" + UUID.randomUUID() + ".lectern");
        Path pgpass = folder.resolve("pgpass-" + UUID.randomUUID());
        Files.writeString(pgpass, "localhost:" + serverPort + ":" + team.db().name() + ":" + team.login(LEAD) + ":"
                + team.password(LEAD) + "\n");
        lenasDialogs.realTeamSignIn = false;
        try {
            System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
            openThroughTheMenu(robot, lena, other);
            assertEquals("", teamStatus(lena), "a project of its own has no team");
            openThroughTheMenu(robot, lena, lenasFile);
            awaitStatus(lena, "Team: connected");
            assertEquals(List.of(false), lenasDialogs.teamSignInsAsked, "with .pgpass, nothing is asked");

            System.clearProperty("org.postgresql.pgpassfile");
            openThroughTheMenu(robot, lena, other);
            lenasDialogs.answers.add(new TeamSignIn(TeamSettings.of(team.db().url(), team.login(LEAD)),
                    team.password(LEAD).toCharArray()));
            openThroughTheMenu(robot, lena, lenasFile);
            awaitStatus(lena, "Team: connected");
            assertEquals(List.of(false, true), lenasDialogs.teamSignInsAsked,
                    "without it, the password is asked, the team's address fixed");
            assertTrue(lenasDialogs.errors.isEmpty(), lenasDialogs.errors::toString);
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }

    private void openThroughTheMenu(FxRobot robot, MainWindow window, Path file) throws Exception {
        ScriptedDialogs dialogs = window == lena ? lenasDialogs : anasDialogs;
        dialogs.answers.addFirst(file);
        menu(robot, window, "File", "#menu-open-project");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> window.model().session() != null && window.model().session().location().equals(file)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void a_highlight_changed_on_both_sides_keeps_the_later_change_and_the_status_line_lists_the_other(
            FxRobot robot) throws Exception {
        int serverPort = TeamSettings.of(team.db().url(), "").port();
        lenaConnects(robot, serverPort);
        awaitStatus(lena, "Team: connected");
        tag(robot, lena, "Customs officers");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> lena.model().session().teamLedger().orElseThrow().pending().isEmpty()));
        menu(robot, lena, "File", "#menu-disconnect-from-team");

        // On her other laptop Lena notes something on the highlight; then, here, later, she moves its end.
        Annotation highlight = highlightsBy(lena, LEAD).get(0);
        Annotation noted = new Annotation(highlight.id(), highlight.documentId(), highlight.passage(),
                highlight.tagId(), "the port's customs service", new org.lectern.model.Stamp(LEAD,
                highlight.stamp().created(), java.time.Instant.now()));
        try (var otherLaptop = team.connect(LEAD)) {
            otherLaptop.push(List.of(TeamFixture.sent(noted)));
        }
        toFront(robot, lena);
        robot.clickOn(lena.article().textArea());
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Customs officers ", highlightsBy(lena, LEAD).get(0).passage().quote());

        lenasDialogs.realTeamSignIn = true;
        menu(robot, lena, "File", "#menu-connect-to-team-project");
        robot.clickOn("#team-password").write(team.password(LEAD));
        robot.clickOn("#team-connect");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> lena.stage().getScene().lookup("#status-team-conflicts").isVisible()));

        assertEquals(List.of("Customs officers "), highlightsBy(lena, LEAD).stream()
                .map(a -> a.passage().quote()).toList(), "the later change is kept");
        javafx.scene.control.Hyperlink conflicts = (javafx.scene.control.Hyperlink) lena.stage().getScene()
                .lookup("#status-team-conflicts");
        assertEquals("1 conflict", conflicts.getText());
        toFront(robot, lena);
        robot.clickOn(conflicts);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, lenasDialogs.infos.size(), lenasDialogs.infos::toString);
        assertTrue(lenasDialogs.infos.get(0).matches("1 version was not kept:\\n\\n• \\d{4}-\\d\\d-\\d\\d "
                + "\\d\\d:\\d\\d:\\d\\d  annotation \"Customs officers\": kept Lena Lead's version \\(the later\\);"
                + " listed Lena Lead's version \\(from the team\\)"), lenasDialogs.infos::toString);
    }

    @Test
    void a_highlight_deleted_here_and_noted_later_on_another_laptop_comes_back_with_the_note_and_the_deletion_is_listed(
            FxRobot robot) throws Exception {
        int serverPort = TeamSettings.of(team.db().url(), "").port();
        lenaConnects(robot, serverPort);
        awaitStatus(lena, "Team: connected");
        tag(robot, lena, "Customs officers");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> lena.model().session().teamLedger().orElseThrow().pending().isEmpty()));
        menu(robot, lena, "File", "#menu-disconnect-from-team");

        // Lena deletes the highlight here, while on her other laptop she adds a note to it, later.
        Annotation highlight = highlightsBy(lena, LEAD).get(0);
        selectByFinding(robot, lena, "Customs");
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(highlightsBy(lena, LEAD).isEmpty());
        Annotation noted = new Annotation(highlight.id(), highlight.documentId(), highlight.passage(),
                highlight.tagId(), "the port's customs service", new org.lectern.model.Stamp(LEAD,
                highlight.stamp().created(), java.time.Instant.now().plusSeconds(60)));
        try (var otherLaptop = team.connect(LEAD)) {
            otherLaptop.push(List.of(TeamFixture.sent(noted)));
        }

        lenasDialogs.realTeamSignIn = true;
        menu(robot, lena, "File", "#menu-connect-to-team-project");
        robot.clickOn("#team-password").write(team.password(LEAD));
        robot.clickOn("#team-connect");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> highlightsBy(lena, LEAD).size() == 1);

        assertEquals("the port's customs service", highlightsBy(lena, LEAD).get(0).note(), "the later change");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> lena.stage().getScene().lookup("#status-team-conflicts").isVisible()));
        menu(robot, lena, "File", "#menu-team-conflicts");
        assertTrue(lenasDialogs.infos.get(0).matches("1 version was not kept:\\n\\n• \\d{4}-\\d\\d-\\d\\d "
                + "\\d\\d:\\d\\d:\\d\\d  annotation \"Customs officers\": kept Lena Lead's version \\(the later\\);"
                + " listed the deletion \\(made here\\)"), lenasDialogs.infos::toString);
    }

    @Test
    void an_analyst_joining_with_a_new_project_takes_the_teams_tags_for_good_and_sees_the_leads_highlights(
            FxRobot robot) throws Exception {
        int serverPort = TeamSettings.of(team.db().url(), "").port();
        lenaConnects(robot, serverPort);
        awaitStatus(lena, "Team: connected");
        tag(robot, lena, "Customs officers");
        Path fresh = folder.resolve("ana-new-" + UUID.randomUUID() + ".lectern");
        anasDialogs.answers.add(fresh);
        menu(robot, ana, "File", "#menu-new-project");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> ana.model().session().location().equals(fresh) && !ana.model().tags().isEmpty()));

        anaConnects(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> highlightsBy(ana, LEAD).size() == 1);

        assertEquals(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> lena.model().tags().stream().map(t -> t.id())
                .sorted().toList()), WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ana.model().tags().stream()
                .map(t -> t.id()).sorted().toList()), "the team's tags, not the new project's own");
        assertEquals("", WaitForAsyncUtils.waitForAsyncFx(5_000, () -> java.util.Optional.ofNullable(
                ana.stage().getScene().lookup("#status-team-conflicts")).map(n -> n.isVisible() ? "shown" : "")
                .orElse("")), "nothing set aside");

        toFront(robot, ana);
        robot.clickOn(ana.article().textArea());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> lena.model().tags().stream().map(t -> t.id())
                .sorted().toList()), WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ana.model().tags().stream()
                .map(t -> t.id()).sorted().toList()), "Ctrl+Z right after connecting leaves the team's tags");
        assertEquals(1, highlightsBy(ana, LEAD).size(), "and the lead's highlight with them");
        assertTrue(anasDialogs.errors.isEmpty(), anasDialogs.errors::toString);
    }
}
