package org.lectern.properties;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lectern.io.DocumentImporter;
import org.lectern.io.ImportedDocument;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;

/** Article files, and adding them to a project as File → Add document and {@code lectern import} do. */
final class Articles {
    private Articles() {
    }

    /** Writes each text to its own UTF-8 file in the folder, {@code article-1.txt} and on. */
    static List<Path> write(ScratchFolder folder, List<String> texts) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            files.add(write(folder, "article-" + (i + 1), texts.get(i)));
        }
        return files;
    }

    static Path write(ScratchFolder folder, String name, String text) throws Exception {
        Path file = folder.resolve(name + ".txt");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** Imports the file through Lectern's document importer and adds it to the project as one edit. */
    static Document add(ProjectSession session, Path file) throws Exception {
        ImportedDocument imported = new DocumentImporter().importFile(file);
        Edit add = session.edits().addDocument(imported.title(), imported.metadata(), imported.text());
        session.perform(add);
        return add.changes().stream().map(Change::after).filter(Document.class::isInstance)
                .map(Document.class::cast).findFirst().orElseThrow();
    }
}
