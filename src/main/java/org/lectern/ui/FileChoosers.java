package org.lectern.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lectern.service.StartingFolders;
import org.lectern.service.StartingFolders.Purpose;

/**
 * The window's file choosers, each starting where the analyst last chose a file for the same purpose (the first
 * time in their documents folder), and remembering the folder of the file chosen.
 */
final class FileChoosers {
    private final DialogService dialogs;
    private final StartingFolders folders;

    FileChoosers(DialogService dialogs, StartingFolders folders) {
        this.dialogs = dialogs;
        this.folders = folders;
    }

    Optional<Path> open(String title, String description, List<String> extensions) {
        Optional<Path> chosen = dialogs.chooseFileToOpen(title, description, extensions,
                folders.of(Purpose.READING));
        chosen.ifPresent(file -> folders.remember(Purpose.READING, file));
        return chosen;
    }

    Optional<Path> save(String title, String description, String extension) {
        Optional<Path> chosen = dialogs.chooseFileToSave(title, description, extension,
                folders.of(Purpose.WRITING));
        chosen.ifPresent(file -> folders.remember(Purpose.WRITING, file));
        return chosen;
    }

    /** Where the export dialog proposes to write. */
    Path exportFolder() {
        return folders.of(Purpose.WRITING);
    }

    /** Remembers the folder of a file written, once it is there. */
    void written(Path file) {
        folders.remember(Purpose.WRITING, file);
    }
}
