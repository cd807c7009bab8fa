package org.lectern.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.team.TeamFixture.ANA;
import static org.lectern.team.TeamFixture.LEAD;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Tag;
import org.lectern.service.ProjectSession;
import org.lectern.service.team.TeamConnection;
import org.lectern.service.team.TeamSettings;
import org.lectern.service.team.TeamSignIn;
import org.lectern.service.team.TeamState;
import org.lectern.store.ProjectFiles;
import org.lectern.store.team.TeamServer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A project kept live by its connection, without a window: the connection's own thread talks to the server and
 * the project is touched on one thread standing for the window's. Here the network misbehaves as networks do.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamConnectionTest {
    /** How long, in seconds, a call waits for the server here: short, so that a silent server is noticed soon. */
    private static final String SOCKET_TIMEOUT = "2";

    @TempDir
    Path folder;

    private final ExecutorService windowThread = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "standing-for-the-window");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<TeamState> state = new AtomicReference<>(TeamState.stopped());
    private TeamConnection connection;
    private ProjectSession session;
    private ClosablePort network;
    private String previousTimeout;

    @AfterEach
    void stop() throws Exception {
        if (connection != null) {
            onWindow(() -> {
                connection.stop();
                return null;
            });
            connection.awaitEnd(java.time.Duration.ofSeconds(10));
        }
        if (session != null) {
            onWindow(() -> {
                session.close();
                return null;
            });
        }
        if (network != null) {
            network.close();
        }
        windowThread.shutdownNow();
        if (previousTimeout == null) {
            System.clearProperty("lectern.team.socketTimeout");
        } else {
            System.setProperty("lectern.team.socketTimeout", previousTimeout);
        }
    }

    private <T> T onWindow(Supplier<T> work) throws Exception {
        return windowThread.submit(work::get).get(30, TimeUnit.SECONDS);
    }

    private final TeamConnection.WindowThread window = new TeamConnection.WindowThread() {
        @Override
        public void run(Runnable task) {
            windowThread.execute(task);
        }

        @Override
        public void runBetweenEdits(Runnable task) {
            windowThread.execute(task);
        }
    };

    private void awaitPhase(TeamState.Phase phase) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> state.get().phase() == phase);
    }

    @Test
    void a_server_that_stops_answering_without_closing_the_connection_is_taken_offline_and_caught_up_with_later()
            throws Exception {
        TeamFixture team = TeamFixture.create();
        network = new ClosablePort("localhost", TeamSettings.of(team.db().url(), "").port());
        previousTimeout = System.getProperty("lectern.team.socketTimeout");
        System.setProperty("lectern.team.socketTimeout", SOCKET_TIMEOUT);
        Tag actor = TeamFixture.tag("Actor");
        Document article = TeamFixture.document(LEAD, Instant.now().minusSeconds(600));
        try (TeamServer lead = team.connect(LEAD)) {
            lead.push(List.of(TeamFixture.sent(actor, LEAD, Instant.now().minusSeconds(600)),
                    TeamFixture.sent(article, LEAD, article.stamp().modified())));
        }
        TeamSettings throughTheNetwork = new TeamSettings("localhost", network.port(), team.db().name(),
                team.login(ANA), TeamSettings.Tls.NONE, null);
        ProjectSession ana = onWindow(() -> {
            try {
                session = new ProjectSession(ProjectFiles.create(folder.resolve("ana.lectern")), ANA);
                connection = TeamConnection.link(session, new TeamSignIn(throughTheNetwork,
                        team.password(ANA).toCharArray()), window, state::set);
                return session;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitPhase(TeamState.Phase.CONNECTED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onWindow(() -> ana.state().documents().size()) == 1);

        network.stall();
        onWindow(() -> {
            ana.perform(ana.edits().annotate(article.id(), 0, 7, actor.id()));
            return null;
        });
        Annotation lenasWhileStalled = TeamFixture.annotation(article.id(), actor.id(), LEAD, Instant.now());
        try (TeamServer lead = team.connect(LEAD)) {
            lead.push(List.of(TeamFixture.sent(lenasWhileStalled)));
        }
        awaitPhase(TeamState.Phase.OFFLINE);
        assertEquals(1, state.get().sending(), "the highlight made meanwhile waits to be sent");

        network.resume();
        awaitPhase(TeamState.Phase.CONNECTED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onWindow(() -> ana.state().annotationCount()) == 2);
        try (TeamServer lead = team.connect(LEAD)) {
            assertTrue(lead.changesSince(0, 100).stream().anyMatch(r -> r.kind().equals("annotation")
                    && r.author().equals(ANA)), "Ana's highlight reached the team once the server answered");
        }
    }

    @Test
    void waiting_for_colleagues_longer_than_a_call_may_take_is_not_taken_for_a_lost_server() throws Exception {
        TeamFixture team = TeamFixture.create();
        previousTimeout = System.getProperty("lectern.team.socketTimeout");
        System.setProperty("lectern.team.socketTimeout", "1");
        try (TeamServer ana = team.connect(ANA); var changes = ana.listen()) {
            assertFalse(changes.awaitChange(java.time.Duration.ofMillis(2_500)),
                    "a quiet team is waited for as long as asked, past the calls' timeout");
            try (TeamServer lead = team.connect(LEAD)) {
                lead.push(List.of(TeamFixture.sent(TeamFixture.tag("Actor"), LEAD, Instant.now())));
            }
            assertTrue(changes.awaitChange(java.time.Duration.ofSeconds(30)), "and the next change is heard");
            assertEquals(1, ana.changesSince(0, 10).size(), "on a connection still in use");
        }
    }
}
