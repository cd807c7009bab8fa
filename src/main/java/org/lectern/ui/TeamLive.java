package org.lectern.ui;

import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.lectern.service.ProjectSession;
import org.lectern.service.team.TeamConflictNote;
import org.lectern.service.team.TeamConnection;
import org.lectern.service.team.TeamSettings;
import org.lectern.service.team.TeamSignIn;
import org.lectern.service.team.TeamState;

/**
 * The window's side of a team project: File → Connect to team project… and Disconnect, the project kept live
 * while it is open (a linked project connects again when it is opened, asking for the password only when the
 * {@code .pgpass} file has none), and what the status line shows of it. The connection itself
 * ({@link TeamConnection}) works on a thread of its own; here it is told the window's thread.
 */
final class TeamLive {
    private final WorkbenchModel model;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<TeamState> state = new ReadOnlyObjectWrapper<>(TeamState.stopped());
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> linked = new ReadOnlyObjectWrapper<>(false);
    private final ZoneId zone = ZoneId.systemDefault();
    private TeamConnection connection;

    TeamLive(WorkbenchModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        model.onSessionClosing(closing -> stop());
        model.sessionProperty().addListener((obs, old, now) -> opened(now));
        state.addListener((obs, old, now) -> text.set(describe(now)));
    }

    /** A project shown: a linked one is kept live from now on, with the password from .pgpass if it has one. */
    private void opened(ProjectSession session) {
        stop();
        linked.set(false);
        state.set(TeamState.stopped());
        text.set(describe(state.get()));
        if (session == null) {
            return;
        }
        // Read on a worker: two queries of the file that, on the window's thread, held up the frame showing a
        // newly opened project by 10-20 ms (they wait their turn at the project's store behind its readers).
        model.work().prepare(() -> {
                    Optional<TeamConnection.Linked> team = TeamConnection.linked(session);
                    return new TeamNotes(team, team.map(TeamConnection.Linked::conflicts)
                            .orElseGet(() -> TeamConnection.conflicts(session).size()));
                })
                .whenCompleteAsync((notes, failure) -> {
                    if (model.session() != session || connection != null) {
                        return; // another project was opened meanwhile, or this one connected by hand
                    }
                    if (failure != null) {
                        model.dialogs().showError("Cannot read the project's team settings",
                                UnexpectedErrors.explain(failure));
                    } else {
                        showOpened(session, notes);
                    }
                }, Platform::runLater);
    }

    /** What a project's own file says of its team when it is opened: the team it is linked to, the conflicts. */
    private record TeamNotes(Optional<TeamConnection.Linked> team, int conflicts) {
    }

    private void showOpened(ProjectSession session, TeamNotes notes) {
        linked.set(notes.team().isPresent());
        state.set(withConflicts(TeamState.stopped(), notes.conflicts()));
        text.set(describe(state.get()));
        notes.team().ifPresent(team -> start(session, new TeamSignIn(team.settings(), null), false, team));
    }

    /** File → Connect to team project…: the dialog, then the connection (linking the project once it is let in). */
    void connect() {
        ProjectSession session = model.session();
        if (session == null || isLive()) {
            return;
        }
        Optional<TeamSettings> team = TeamConnection.linkedTeam(session);
        TeamSettings initial = team.orElse(new TeamSettings("", TeamSettings.DEFAULT_PORT, "",
                System.getProperty("user.name", ""), TeamSettings.Tls.NONE, null));
        dialogs.askTeamSignIn(initial, team.isPresent())
                .ifPresent(signIn -> start(session, signIn, team.isEmpty(), null));
    }

    /** File → Disconnect from team: live synchronisation stops; the project stays linked to the team. */
    void disconnect() {
        stop();
        model.status("Disconnected from the team; your work is saved here and sent when you connect again");
    }

    /** Team conflicts…: every version not kept, with whose was kept and whose listed. */
    void showConflicts() {
        ProjectSession session = model.session();
        if (session == null) {
            return;
        }
        var notes = TeamConnection.conflicts(session);
        dialogs.showInfo("Team conflicts", notes.isEmpty() ? "No version has been set aside."
                : notes.size() + (notes.size() == 1 ? " version was" : " versions were") + " not kept:\n\n"
                + notes.stream().map(note -> "• " + note.describe(zone)).collect(Collectors.joining("\n")));
    }

    /** While offline: try the server again now. */
    void retryNow() {
        if (connection != null) {
            connection.reconnectNow();
        }
    }

    /** Connects, from {@code read} when the project's file was just read on a worker (else it is read now). */
    private void start(ProjectSession session, TeamSignIn signIn, boolean link, TeamConnection.Linked read) {
        stop();
        TeamConnection.WindowThread windowThread = new TeamConnection.WindowThread() {
            @Override
            public void run(Runnable task) {
                Platform.runLater(task);
            }

            @Override
            public void runBetweenEdits(Runnable task) {
                model.runBetweenEdits(task);
            }

            @Override
            public void receive(ProjectSession into, org.lectern.service.team.Arrivals arrivals,
                                java.util.function.Consumer<RuntimeException> done) {
                model.receive(into, arrivals, done);
            }
        };
        boolean typed = signIn.passwordTyped();
        TeamConnection.Listener listener = now -> changed(session, signIn.settings(), typed, link, now);
        connection = link ? TeamConnection.link(session, signIn, windowThread, listener)
                : read != null ? TeamConnection.resume(session, read, signIn, windowThread, listener)
                : TeamConnection.resume(session, signIn, windowThread, listener);
        state.set(connection.state());
    }

    private void changed(ProjectSession session, TeamSettings settings, boolean typed, boolean link,
                         TeamState now) {
        if (model.session() != session) {
            return;
        }
        state.set(now);
        if (now.phase() == TeamState.Phase.CONNECTED) {
            linked.set(true);
        }
        if (now.phase() == TeamState.Phase.PASSWORD_NEEDED || now.phase() == TeamState.Phase.REFUSED) {
            connection = null;
            // Asked once the status line shows why, outside the connection's own notice.
            Platform.runLater(() -> refused(session, settings, typed, link, now));
        }
    }

    /**
     * The server said no: the password is asked for (without ado when .pgpass simply had none; a typed one that
     * was refused is told first), or the reason told.
     */
    private void refused(ProjectSession session, TeamSettings settings, boolean typed, boolean link,
                         TeamState now) {
        if (model.session() != session || isLive()) {
            return;
        }
        if (now.phase() == TeamState.Phase.PASSWORD_NEEDED) {
            if (typed || link) {
                dialogs.showError("Connect to team project", now.message());
            }
            dialogs.askTeamSignIn(settings, !link).ifPresent(signIn -> start(session, signIn, link, null));
        } else {
            dialogs.showError("Connect to team project", now.message());
        }
    }

    private void stop() {
        if (connection != null) {
            TeamConnection stopping = connection;
            connection = null;
            stopping.stop();
        }
        ProjectSession session = model.session();
        if (session != null && !state.get().live()) {
            return;
        }
        state.set(session == null ? TeamState.stopped() : withConflicts(TeamState.stopped(), session));
    }

    private static TeamState withConflicts(TeamState stopped, ProjectSession session) {
        return withConflicts(stopped, TeamConnection.conflicts(session).size());
    }

    private static TeamState withConflicts(TeamState stopped, int conflicts) {
        return new TeamState(stopped.phase(), stopped.team(), null, 0, stopped.lastSynchronised(), conflicts, "");
    }

    private String describe(TeamState now) {
        if (now.phase() == TeamState.Phase.STOPPED) {
            return Boolean.TRUE.equals(linked.get()) ? "Team: not connected" : "";
        }
        return now.describe(zone);
    }

    boolean isLive() {
        return connection != null && connection.state().live();
    }

    /** File → Connect… can run: a project is open and not kept live already. */
    BooleanBinding canConnect() {
        return Bindings.createBooleanBinding(() -> model.session() != null && !state.get().live(),
                model.sessionProperty(), state);
    }

    /** File → Disconnect can run: the project is kept live. */
    BooleanBinding canDisconnect() {
        return Bindings.createBooleanBinding(() -> state.get().live(), state);
    }

    BooleanBinding hasConflicts() {
        return Bindings.createBooleanBinding(() -> model.session() != null && state.get().conflicts() > 0,
                model.sessionProperty(), state);
    }

    ReadOnlyObjectProperty<TeamState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The status line's words: connected / offline since / sending n / last synchronised (conflicts apart). */
    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
