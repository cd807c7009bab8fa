package org.lectern.service.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.lectern.service.ProjectEvent;
import org.lectern.service.ProjectListener;
import org.lectern.service.ProjectSession;
import org.lectern.store.TeamLedger;
import org.lectern.store.TeamLink;
import org.lectern.store.team.TeamAddress;
import org.lectern.store.team.TeamChanges;
import org.lectern.store.team.TeamServer;
import org.lectern.store.team.TeamServerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an open team project live while its window is open: the analyst's edits are sent within a second of
 * being made, colleagues' arrive as the server announces them ({@code LISTEN}, with a poll every few seconds in
 * case an announcement is missed), and when the server cannot be reached the analyst works on as ever while the
 * connection is tried again, ever less often; once it is back, what was missed is sent and received.
 *
 * <p>The network is used on a thread of its own, never the window's. Everything that reads or writes the project
 * file runs on the window's thread ({@link WindowThread}), like every other write of the window: colleagues'
 * records are brought in between the analyst's edits, never while a long edit is being written. {@link #stop()}
 * ends the thread; nothing runs on the project after it.
 */
public final class TeamConnection {
    private static final Logger LOG = LoggerFactory.getLogger(TeamConnection.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** The name every connection's thread starts with. */
    public static final String THREAD_NAME = "lectern-team-";

    /** How long after the last local edit the edits are sent, so that a burst of key presses goes as one. */
    static final Duration DEBOUNCE = Duration.ofMillis(250);
    /** Edits made in a steady stream are sent at the latest this long after the first of them. */
    static final Duration SEND_AT_LATEST = Duration.ofMillis(700);
    /** How often the server is asked for changes when it has announced none (in case one was missed). */
    static final Duration POLL = Duration.ofSeconds(4);
    /** The longest wait between two tries while offline. */
    static final Duration LONGEST_RETRY = Duration.ofSeconds(8);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    /** How long the network thread waits for the window before it looks again whether it was stopped. */
    private static final Duration WINDOW_WAIT = Duration.ofMillis(200);

    /** The window's thread, as the connection uses it. */
    public interface WindowThread {
        /** Runs {@code task} on the window's thread, soon. */
        void run(Runnable task);

        /** Runs {@code task} on the window's thread once no edit is being written to the project. */
        void runBetweenEdits(Runnable task);

        /**
         * Brings colleagues' records into {@code session}; called on the window's thread between edits. Calls
         * {@code done} on the window's thread once memory has them all, with the failure or null. A window
         * brings a big arrival in as it saves a long edit, in slices; this one brings it in at once.
         */
        default void receive(ProjectSession session, Arrivals arrivals,
                             java.util.function.Consumer<RuntimeException> done) {
            receiveAtOnce(session, arrivals, done);
        }
    }

    /** Brings colleagues' records into {@code session} at once; tells {@code done} the failure, or null. */
    public static void receiveAtOnce(ProjectSession session, Arrivals arrivals,
                                     java.util.function.Consumer<RuntimeException> done) {
        try {
            session.receive(arrivals);
        } catch (RuntimeException e) {
            done.accept(e);
            return;
        }
        done.accept(null);
    }

    /** Told on the window's thread whenever the connection's state changes. */
    @FunctionalInterface
    public interface Listener {
        void teamStateChanged(TeamState state);
    }

    private final ProjectSession session;
    private final TeamLedger ledger;
    private final TeamSignIn signIn;
    private final TeamAddress address;
    private final WindowThread window;
    private final Listener listener;
    private final boolean linkOnConnect;
    private final Clock clock;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final ProjectListener localEdits = this::projectChanged;

    // Set on the window's thread, read by the network thread.
    private volatile boolean stopped;
    private volatile long firstUnsentEdit;
    private volatile long lastEdit;
    private final java.util.concurrent.atomic.AtomicLong edits = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean reconnectNow;
    // The network thread's own.
    private TeamServer server;
    private TeamSync sync;
    private TeamChanges changes;
    // Read on any thread; written by the network thread and on the window's thread.
    private volatile TeamState state;

    private TeamConnection(ProjectSession session, TeamSignIn signIn, WindowThread window, Listener listener,
                           boolean linkOnConnect, Clock clock, TeamAddress address, int conflicts) {
        this.session = session;
        this.ledger = session.teamLedger().orElseThrow(() -> new IllegalStateException(
                "This project cannot belong to a team"));
        this.signIn = signIn;
        this.address = address;
        this.window = window;
        this.listener = listener;
        this.linkOnConnect = linkOnConnect;
        this.clock = clock;
        // The versions set aside at earlier synchronisations stay listed while this one connects, or cannot.
        this.state = new TeamState(TeamState.Phase.CONNECTING, address.toString(), clock.instant(), 0, null,
                conflicts, "");
        this.thread = new Thread(this::run, THREAD_NAME + THREADS.incrementAndGet());
        thread.setDaemon(true);
    }

    /**
     * Links the open project to the team once the server has let the analyst in (a project of its own becomes a
     * team project only with a team that answers), then keeps it live. Called on the window's thread.
     */
    public static TeamConnection link(ProjectSession session, TeamSignIn signIn, WindowThread window,
                                      Listener listener) {
        Linked read = readNow(session, signIn);
        return start(new TeamConnection(session, signIn, window, listener, true, Clock.systemUTC(), read.address(),
                read.conflicts()));
    }

    /** Keeps a project already linked to a team live, signed in as the analyst just asked. Window's thread. */
    public static TeamConnection resume(ProjectSession session, TeamSignIn signIn, WindowThread window,
                                        Listener listener) {
        return resume(session, readNow(session, signIn), signIn, window, listener);
    }

    /**
     * Keeps a project already linked to a team live, from what {@link #linked} read of its file on a worker: called
     * on the window's thread as the project is opened, which it does not hold up with reading the file.
     */
    public static TeamConnection resume(ProjectSession session, Linked linked, TeamSignIn signIn,
                                        WindowThread window, Listener listener) {
        return start(new TeamConnection(session, signIn, window, listener, false, Clock.systemUTC(),
                linked.address(), linked.conflicts()));
    }

    /** What the file says of the team now; a project not linked yet is to be linked where the analyst signs in. */
    private static Linked readNow(ProjectSession session, TeamSignIn signIn) {
        TeamLedger ledger = session.teamLedger().orElseThrow(() -> new IllegalStateException(
                "This project cannot belong to a team"));
        return linked(session).orElseGet(() -> new Linked(signIn.settings(),
                new TeamAddress(signIn.settings().url(), signIn.settings().user()), ledger.conflicts().size()));
    }

    private static TeamConnection start(TeamConnection connection) {
        Objects.requireNonNull(connection.window, "window");
        Objects.requireNonNull(connection.listener, "listener");
        connection.session.addListener(connection.localEdits);
        connection.thread.start();
        return connection;
    }

    /**
     * What a linked project's own file says of its team: the settings to connect again with, the address exactly as
     * written when it was linked (driver options and all), and how many versions earlier synchronisations set
     * aside. Read on a worker when the project is opened.
     */
    public record Linked(TeamSettings settings, TeamAddress address, int conflicts) {
    }

    /** The team the project is linked to, as {@link Linked}; empty for a project of its own. Any thread. */
    public static java.util.Optional<Linked> linked(ProjectSession session) {
        return session.teamLedger().flatMap(ledger -> ledger.teamLink().map(link -> new Linked(settingsOf(link),
                new TeamAddress(link.url(), link.userName()), ledger.conflicts().size())));
    }

    /** The settings of the team a linked project belongs to, to connect again; empty for a project of its own. */
    public static java.util.Optional<TeamSettings> linkedTeam(ProjectSession session) {
        return session.teamLedger().flatMap(TeamLedger::teamLink).map(TeamConnection::settingsOf);
    }

    private static TeamSettings settingsOf(TeamLink link) {
        return TeamSettings.of(link.url(), link.userName());
    }

    public TeamState state() {
        return state;
    }

    /** While offline: tries the server again now rather than at the next retry. */
    public void reconnectNow() {
        reconnectNow = true;
        signal();
    }

    /**
     * Stops keeping the project live: the network thread ends (at once if it waits, after the call under way if
     * one is), and nothing is done to the project after this returns. Edits not yet sent stay noted in the
     * project and go with the next connection. Called on the window's thread.
     */
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        session.removeListener(localEdits);
        TeamChanges listening = changes;
        if (listening != null) {
            listening.close(); // ends a wait for an announcement at once
        }
        thread.interrupt();
        signal();
        signIn.forget();
        state = new TeamState(TeamState.Phase.STOPPED, address.toString(), null, 0, state.lastSynchronised(),
                state.conflicts(), "");
        listener.teamStateChanged(state);
    }

    /** Whether the network thread has ended (after {@link #stop()}, or once the server refused the analyst). */
    public boolean ended() {
        return !thread.isAlive();
    }

    /** Waits up to {@code timeout} for the network thread to end; true if it has. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }

    private void projectChanged(ProjectEvent event) {
        if (event.kind() == ProjectEvent.Kind.RECEIVED) {
            return; // colleagues' records: nothing to send back
        }
        long now = System.nanoTime();
        if (firstUnsentEdit == 0) {
            firstUnsentEdit = now;
        }
        lastEdit = now;
        edits.incrementAndGet();
        signal();
    }

    private void signal() {
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ---- the network thread ----

    private void run() {
        Duration retry = FIRST_RETRY;
        Instant offlineSince = null;
        boolean linked = !linkOnConnect;
        try {
            while (!stopped) {
                try {
                    if (sync == null) {
                        connect();
                    }
                    if (!linked) {
                        // Asked of the server: reading every record of the team here would make a first
                        // download read it all twice.
                        boolean teamHasTags = sync.teamHoldsTags();
                        onWindow(() -> linkProject(teamHasTags));
                        linked = true;
                    }
                    offlineSince = null;
                    retry = FIRST_RETRY;
                    synchroniseOnce();
                    waitForWork();
                } catch (TeamServerException e) {
                    disconnect();
                    if (stopped) {
                        return;
                    }
                    if (!worthRetrying(e, linked)) {
                        refused(e);
                        return;
                    }
                    if (offlineSince == null) {
                        offlineSince = clock.instant();
                        LOG.info("Team server {} cannot be reached; working offline: {}", address, e.getMessage());
                    }
                    publishFromNetwork(new TeamState(TeamState.Phase.OFFLINE, address.toString(), offlineSince,
                            pendingCount(), state.lastSynchronised(), state.conflicts(), e.getMessage()));
                    pause(retry);
                    retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY
                            : retry.multipliedBy(2);
                }
            }
        } catch (Stopped e) {
            // The window stopped the connection.
        } catch (RuntimeException e) {
            LOG.error("The team connection to {} stopped unexpectedly", address, e);
            if (!stopped) {
                window.run(() -> {
                    if (!stopped) {
                        state = new TeamState(TeamState.Phase.REFUSED, address.toString(), null, 0,
                                state.lastSynchronised(), state.conflicts(), "The team connection stopped"
                                + " unexpectedly (" + e.getMessage() + "); your work is saved here. See the log file.");
                        listener.teamStateChanged(state);
                    }
                });
            }
        } finally {
            disconnect();
        }
    }

    /**
     * A server that does not answer, or a connection lost, is tried again; so is anything while the project is
     * linked already (the analyst works on). A first connection refused for a reason retrying will not mend — a
     * password, an address that names no team — is told at once instead.
     */
    private static boolean worthRetrying(TeamServerException e, boolean linked) {
        return switch (e.reason()) {
            case UNREACHABLE -> true;
            case FAILED -> linked;
            default -> false;
        };
    }

    private void connect() {
        publishFromNetwork(state.phase() == TeamState.Phase.OFFLINE ? state
                : new TeamState(TeamState.Phase.CONNECTING, address.toString(), clock.instant(), 0,
                state.lastSynchronised(), state.conflicts(), ""));
        char[] password = signIn.password();
        try {
            server = TeamServer.connect(address, password);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
        sync = new TeamSync(server);
        if (stopped) {
            throw new Stopped();
        }
        changes = server.listen();
        if (stopped) {
            changes.close();
            throw new Stopped();
        }
        LOG.info("Connected to the team server {} as {}", address.server(), address.user());
    }

    private void disconnect() {
        if (changes != null) {
            changes.close();
            changes = null;
        }
        sync = null;
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private void linkProject(boolean teamHasTags) {
        if (ledger.teamLink().isEmpty()) {
            if (teamHasTags) {
                giveWayToTheTeamsTags();
            }
            ledger.link(address.url(), address.user());
        }
    }

    /**
     * A project that holds nothing but the tags it was given when it was made (a new project joining a team)
     * takes the team's tags in their place: the same names under other ids would keep the team's tags, and every
     * highlight made with them, from standing here. A project with any work of its own keeps its tags.
     */
    private void giveWayToTheTeamsTags() {
        org.lectern.service.ProjectState project = session.state();
        boolean nothingButTags = project.documents().isEmpty() && project.annotationCount() == 0
                && project.actors().isEmpty() && project.claims().isEmpty() && project.evidence().isEmpty()
                && project.links().isEmpty() && project.comments().isEmpty() && project.decisions().isEmpty();
        if (nothingButTags && !project.tags().isEmpty()) {
            // Not an edit to undo: Ctrl+Z would bring the starting tags back over the team's.
            session.giveWayToTheTeam("Take the team's tags in place of the starting ones",
                    project.tags().stream().map(org.lectern.model.Change::deleted).toList());
        }
    }

    /** Pull, then push, then tell the server the analyst is up to date. */
    private void synchroniseOnce() {
        long since = onWindow(ledger::lastRev);
        Arrivals arrivals = sync.fetch(since);
        if (!arrivals.isEmpty()) {
            receive(arrivals);
        }
        long editsBefore = edits.get();
        Outgoing outgoing = onWindowBetweenEdits(() -> sync.outgoing(ledger));
        if (!outgoing.isEmpty()) {
            publishFromNetwork(new TeamState(TeamState.Phase.SENDING, address.toString(), null, outgoing.records().size(),
                    state.lastSynchronised(), state.conflicts(), ""));
            sync.send(outgoing);
            onWindow(() -> {
                sync.confirm(ledger, outgoing);
                return null;
            });
        }
        if (edits.get() == editsBefore) {
            firstUnsentEdit = 0; // an edit made while sending is sent next time round
        }
        server.markSynchronised();
        int conflicts = onWindow(() -> ledger.conflicts().size());
        publishFromNetwork(new TeamState(TeamState.Phase.CONNECTED, address.toString(), null, 0, clock.instant(),
                conflicts, ""));
    }

    /**
     * Until there is something to do: the server announces a change, local edits are due to be sent, or the
     * poll comes round.
     */
    private void waitForWork() {
        long pollAt = System.nanoTime() + POLL.toNanos();
        while (!stopped) {
            long now = System.nanoTime();
            if (firstUnsentEdit != 0 && (now - lastEdit >= DEBOUNCE.toNanos()
                    || now - firstUnsentEdit >= SEND_AT_LATEST.toNanos())) {
                return;
            }
            if (now >= pollAt) {
                return;
            }
            long slice = Math.min(pollAt - now, firstUnsentEdit != 0 ? DEBOUNCE.toNanos() / 2
                    : Duration.ofMillis(150).toNanos());
            if (changes.awaitChange(Duration.ofNanos(Math.max(slice, 1_000_000)))) {
                return;
            }
        }
        throw new Stopped();
    }

    private void pause(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        lock.lock();
        try {
            while (!stopped && !reconnectNow) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                wake.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        } finally {
            lock.unlock();
        }
        reconnectNow = false;
        if (stopped) {
            throw new Stopped();
        }
    }

    private int pendingCount() {
        try {
            return onWindow(ledger::pendingCount);
        } catch (RuntimeException e) {
            if (e instanceof Stopped) {
                throw e;
            }
            return 0;
        }
    }

    private void refused(TeamServerException e) {
        TeamState.Phase phase = e.reason() == TeamServerException.Reason.PASSWORD_NEEDED
                || e.reason() == TeamServerException.Reason.WRONG_PASSWORD
                ? TeamState.Phase.PASSWORD_NEEDED : TeamState.Phase.REFUSED;
        LOG.info("The team server {} refused {}: {}", address.server(), address.user(), e.getMessage());
        publishFromNetwork(new TeamState(phase, address.toString(), null, 0, state.lastSynchronised(),
                state.conflicts(), e.getMessage()));
    }

    private void publishFromNetwork(TeamState next) {
        window.run(() -> {
            if (!stopped) {
                state = next;
                listener.teamStateChanged(next);
            }
        });
    }

    private <T> T onWindow(Supplier<T> work) {
        return await(work, false);
    }

    private void onWindow(Runnable work) {
        await(() -> {
            work.run();
            return null;
        }, false);
    }

    private <T> T onWindowBetweenEdits(Supplier<T> work) {
        return await(work, true);
    }

    /** Colleagues' records into the project, between edits; waits until the window has them all. */
    private void receive(Arrivals arrivals) {
        CompletableFuture<Void> received = new CompletableFuture<>();
        window.run(() -> window.runBetweenEdits(() -> {
            if (stopped) {
                received.completeExceptionally(new Stopped());
                return;
            }
            try {
                window.receive(session, arrivals, failure -> {
                    if (failure == null) {
                        received.complete(null);
                    } else {
                        received.completeExceptionally(failure);
                    }
                });
            } catch (RuntimeException e) {
                received.completeExceptionally(e);
            }
        }));
        awaitResult(received);
    }

    /**
     * Runs {@code work} on the window's thread and waits for it; gives up if the connection is stopped meanwhile
     * (the window may close without ever running it).
     */
    private <T> T await(Supplier<T> work, boolean betweenEdits) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable task = () -> {
            if (stopped) {
                result.completeExceptionally(new Stopped());
                return;
            }
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        };
        if (betweenEdits) {
            window.run(() -> window.runBetweenEdits(task));
        } else {
            window.run(task);
        }
        return awaitResult(result);
    }

    /** Waits for what the window's thread works out; gives up if the connection is stopped meanwhile. */
    private <T> T awaitResult(CompletableFuture<T> result) {
        while (true) {
            if (stopped) {
                throw new Stopped();
            }
            try {
                return result.get(WINDOW_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look again whether the window stopped the connection
            } catch (InterruptedException e) {
                throw new Stopped();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** The connection was stopped: the network thread ends quietly. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** The versions a team project did not keep, as the analyst reads them; none for a project of its own. */
    public static List<TeamConflictNote> conflicts(ProjectSession session) {
        return session.teamLedger().map(ledger -> TeamConflictNote.of(ledger.conflicts(), session.state()))
                .orElse(List.of());
    }
}
