package org.lectern.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message the window puts to the analyst goes through here, so that tests can answer
 * them without a real dialog.
 */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    Optional<String> askText(String title, String prompt, String initial);

    /** Asks for a longer text, such as an article pasted from elsewhere. */
    Optional<String> askLongText(String title, String prompt);

    <T> Optional<T> choose(String title, String prompt, List<T> options);

    Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions);

    Optional<Path> chooseFileToSave(String title, String description, String extension);

    /** As {@link #chooseFileToOpen(String, String, List)}, starting in {@code folder}. */
    default Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions, Path folder) {
        return chooseFileToOpen(title, description, extensions);
    }

    /** As {@link #chooseFileToSave(String, String, String)}, starting in {@code folder}. */
    default Optional<Path> chooseFileToSave(String title, String description, String extension, Path folder) {
        return chooseFileToSave(title, description, extension);
    }

    /** File → Export…: format, scope and destination; empty when the analyst cancels. */
    Optional<ExportRequest> askExport(org.lectern.model.Document current, List<String> authors, Path folder,
                                      String projectName);

    /** Shows a pane of the window's own (the tag editor) in a dialog with a Close button. */
    void showPane(String title, javafx.scene.Node content);

    /** Shows long work's progress with a Cancel button, while it runs. */
    void showProgress(javafx.concurrent.Worker<?> work);

    /**
     * Opens a file with the program the system uses for it (a browser for a report, say); completes with false
     * when no program opened it, so that the window can say where the file is.
     */
    java.util.concurrent.CompletionStage<Boolean> openWithSystem(Path file);

    /**
     * "Who is who", before Import annotations… and Bring in colleague's work…: for each name a file credits work
     * to, the analyst to record it under; the names whose analyst the analyst changed, mapped to it; empty when the analyst cancels.
     */
    Optional<java.util.Map<String, String>> askCreatorNames(String fileName, List<String> names,
                                                            List<String> analysts,
                                                            List<org.lectern.review.merge.AnalystProposal> proposals);

    /** Asks how an item of evidence bears on a claim: the claim (or evidence), stance and strength. */
    <T> Optional<LinkChoice<T>> chooseLink(String title, String targetLabel, List<T> targets);

    /**
     * File → Connect to team project…, and the password when a linked project cannot find one: the team's server,
     * database, user name, TLS and where the password comes from; empty when the analyst cancels. With
     * {@code addressFixed} (a project linked already) only the password can be given. A service that asks nothing
     * (the benchmark's) connects to no team.
     */
    default Optional<org.lectern.service.team.TeamSignIn> askTeamSignIn(
            org.lectern.service.team.TeamSettings initial, boolean addressFixed) {
        return Optional.empty();
    }
}
