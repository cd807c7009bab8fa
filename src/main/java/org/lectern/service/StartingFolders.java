package org.lectern.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where a file chooser starts: the folder the analyst last chose for the same purpose, while it still exists;
 * the first time, their documents folder. Files read (articles, annotations, colleagues' projects) and files
 * written (exports, copies, bundles) are remembered apart, so reading from Downloads does not move the reports.
 */
public final class StartingFolders {
    /** What a chooser is for; each remembers its own folder. */
    public enum Purpose {
        READING("readFolder"), WRITING("writeFolder");

        private final String key;

        Purpose(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    private final AnalystPreferences preferences;
    private final Supplier<Path> documents;

    public StartingFolders(AnalystPreferences preferences, Supplier<Path> documents) {
        this.preferences = preferences;
        this.documents = documents;
    }

    /** For the analyst's own preferences and documents folder. */
    public static StartingFolders forUser(AnalystPreferences preferences) {
        return new StartingFolders(preferences, DocumentsFolder::forUser);
    }

    public Path of(Purpose purpose) {
        return preferences.folder(purpose.key()).filter(Files::isDirectory).orElseGet(documents);
    }

    /** Remembers the folder of a file the analyst chose (and used) for this purpose. */
    public void remember(Purpose purpose, Path chosenFile) {
        Path folder = chosenFile.toAbsolutePath().getParent();
        if (folder != null) {
            preferences.setFolder(purpose.key(), folder);
        }
    }
}
