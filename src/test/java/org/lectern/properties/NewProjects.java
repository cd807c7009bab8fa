package org.lectern.properties;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;

/**
 * New, empty project files for the cases of a property. The first is made by {@link ProjectFiles#create}; the rest
 * are copies of it, opened as Lectern opens any project: the same file, without running the migrations a hundred
 * times on a busy machine.
 */
final class NewProjects {
    private static Path template;

    private NewProjects() {
    }

    static ProjectStore create(Path file) throws Exception {
        Files.copy(template(), file);
        return ProjectFiles.open(file);
    }

    private static synchronized Path template() throws Exception {
        if (template == null) {
            Path folder = Files.createDirectories(ScratchFolder.base().resolve("properties"));
            Path file = Files.createTempFile(folder, "new-project-", ".lectern");
            Files.delete(file);
            ProjectFiles.create(file).close();
            if (Files.exists(Path.of(file + "-wal")) && Files.size(Path.of(file + "-wal")) > 0) {
                throw new IllegalStateException("a closed project left its journal beside it: " + file);
            }
            file.toFile().deleteOnExit();
            template = file;
        }
        return template;
    }
}
