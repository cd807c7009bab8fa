package org.lectern.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.lectern.model.Stance;
import org.lectern.model.Strength;

/** Answers the window's questions as a test scripts them, and remembers every message shown. */
final class ScriptedDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final Deque<Object> answers = new ArrayDeque<>();
    final List<javafx.concurrent.Worker<?>> progressShown = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();
    final List<javafx.scene.Node> panes = new ArrayList<>();
    /** The windows the panes were shown in, for the test to click in as the analyst does, and to close. */
    private final List<javafx.stage.Stage> paneWindows = new ArrayList<>();
    /** How chooseLink answers: which of the offered targets, and how the evidence bears on it. */
    Function<List<?>, Object> linkTarget = options -> options.get(0);
    Stance linkStance = Stance.SUPPORTS;
    Strength linkStrength = Strength.MODERATE;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return answers.isEmpty() || (Boolean) answers.pop();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable((String) answers.poll());
    }

    @Override
    public Optional<String> askLongText(String title, String prompt) {
        return Optional.ofNullable((String) answers.poll());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String prompt, List<T> options) {
        Object answer = answers.poll();
        if (answer instanceof Function<?, ?> pick) {
            return Optional.ofNullable(((Function<List<T>, T>) pick).apply(options));
        }
        return options.isEmpty() ? Optional.empty() : Optional.of(options.get(0));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions) {
        return Optional.ofNullable((Path) answers.poll());
    }

    /** The folder each file chooser started in. */
    final List<Path> chooserFolders = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions, Path folder) {
        chooserFolders.add(folder);
        return chooseFileToOpen(title, description, extensions);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String description, String extension, Path folder) {
        chooserFolders.add(folder);
        return chooseFileToSave(title, description, extension);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String description, String extension) {
        return Optional.ofNullable((Path) answers.poll());
    }

    @Override
    public Optional<ExportRequest> askExport(org.lectern.model.Document current, List<String> authors, Path folder,
                                             String projectName) {
        exportFolders.add(folder);
        return Optional.ofNullable((ExportRequest) answers.poll());
    }

    /** Whether "Who is who" is the window's real dialog, for the analyst (the robot) to answer. */
    boolean realCreatorNames;
    final List<List<String>> creatorNamesAsked = new ArrayList<>();

    @Override
    public Optional<java.util.Map<String, String>> askCreatorNames(
            String fileName, List<String> names, List<String> analysts,
            List<org.lectern.review.merge.AnalystProposal> proposals) {
        creatorNamesAsked.add(names);
        if (realCreatorNames) {
            return new CreatorNamesDialog(null, fileName, names, analysts, proposals).showAndWait();
        }
        return Optional.of(java.util.Map.of());
    }

    @Override
    public void showPane(String title, javafx.scene.Node content) {
        panes.add(content);
        // A window of its own, not modal (the window's dialog waits in a nested loop, which a test need not).
        javafx.stage.Stage window = new javafx.stage.Stage();
        // Owned by the window it was opened from, as the real dialog is: closing it gives that window the keys back.
        javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst()
                .ifPresent(window::initOwner);
        window.setTitle(title);
        window.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(content)));
        window.show();
        paneWindows.add(window);
    }

    /** Closes the windows panes were shown in; on the FX thread. */
    void closePanes() {
        paneWindows.forEach(javafx.stage.Stage::close);
        paneWindows.clear();
    }

    @Override
    public void showProgress(javafx.concurrent.Worker<?> work) {
        progressShown.add(work);
    }

    @Override
    public java.util.concurrent.CompletionStage<Boolean> openWithSystem(Path file) {
        opened.add(file);
        return java.util.concurrent.CompletableFuture.completedFuture(aProgramOpensFiles);
    }

    /** Whether the computer has a program for the files the window asks it to open. */
    boolean aProgramOpensFiles = true;
    /** The folder each export dialog offered first. */
    final List<Path> exportFolders = new ArrayList<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<LinkChoice<T>> chooseLink(String title, String targetLabel, List<T> targets) {
        return Optional.of(new LinkChoice<>((T) linkTarget.apply(targets), linkStance, linkStrength));
    }

    /** Whether "Connect to team project" is the window's real dialog, for the analyst (the robot) to fill in. */
    boolean realTeamSignIn;
    /** The certificate file the real dialog's Choose… button finds. */
    Path certificateChosen;
    /** Each time the window asked for a team sign-in: whether the address was fixed (a linked project). */
    final List<Boolean> teamSignInsAsked = new ArrayList<>();

    @Override
    public Optional<org.lectern.service.team.TeamSignIn> askTeamSignIn(org.lectern.service.team.TeamSettings initial,
                                                                      boolean addressFixed) {
        teamSignInsAsked.add(addressFixed);
        if (realTeamSignIn) {
            return new ConnectTeamDialog(null, initial, addressFixed, () -> Optional.ofNullable(certificateChosen))
                    .showAndWait();
        }
        return Optional.ofNullable((org.lectern.service.team.TeamSignIn) answers.poll());
    }
}
