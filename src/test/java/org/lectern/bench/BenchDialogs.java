package org.lectern.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lectern.ui.DialogService;
import org.lectern.ui.LinkChoice;

/**
 * Never asks anything; remembers every message so the benchmark can stop if the window reported a failure. A
 * section that must answer (a file, an export) overrides the questions it needs.
 */
class BenchDialogs implements DialogService {
    final List<String> messages = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        messages.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        messages.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return false;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
    }

    @Override
    public Optional<String> askLongText(String title, String prompt) {
        return Optional.empty();
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String description, String extension) {
        return Optional.empty();
    }

    @Override
    public <T> Optional<LinkChoice<T>> chooseLink(String title, String targetLabel, List<T> targets) {
        return Optional.empty();
    }

    @Override
    public Optional<java.util.Map<String, String>> askCreatorNames(
            String fileName, List<String> names, List<String> analysts,
            List<org.lectern.review.merge.AnalystProposal> proposals) {
        return Optional.of(java.util.Map.of());
    }

    @Override
    public Optional<org.lectern.ui.ExportRequest> askExport(org.lectern.model.Document current,
                                                            java.util.List<String> authors, java.nio.file.Path folder,
                                                            String projectName) {
        return Optional.empty();
    }

    @Override
    public void showProgress(javafx.concurrent.Worker<?> work) {
    }

    @Override
    public java.util.concurrent.CompletionStage<Boolean> openWithSystem(java.nio.file.Path file) {
        return java.util.concurrent.CompletableFuture.completedFuture(true);
    }

    @Override
    public void showPane(String title, javafx.scene.Node content) {
    }
}
