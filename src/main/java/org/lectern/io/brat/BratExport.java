package org.lectern.io.brat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.lectern.io.export.AtomicFile;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Exporter;
import org.lectern.io.export.Progress;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;

/**
 * Exports to brat's standoff format, which brat and many NLP tools (spaCy, NLTK readers, INCEpTION) read: per
 * document a {@code .txt} with its normalised text in UTF-8 (no byte order mark) and a {@code .ann} with its
 * highlights, evidence→claim links, grades and notes (see {@link BratAnnotationFile}). File names: see
 * {@link BratTargets}.
 *
 * <p>Offsets count Unicode code points of the {@code .txt} read as UTF-8, which is what brat (Python, reading
 * the file as text) and Python-based readers count; Lectern's UTF-16 offsets are converted, so passages after
 * an emoji stay in place. (A Python 2 "narrow" build, as once shipped on Windows and macOS, counted UTF-16
 * units instead; brat is run on Linux or Python 3 today.)
 *
 * <p>Each file is written atomically; if the export fails or is cancelled part way through several documents,
 * the pairs already written stay, and no pair is ever half written.
 */
public final class BratExport implements Exporter {
    @Override
    public void export(ProjectSnapshot project, ExportScope scope, Path target, Progress progress)
            throws ExportException {
        ProjectSnapshot scoped = scope.apply(project);
        List<Document> documents = scoped.documents();
        if (documents.isEmpty()) {
            throw new ExportException("There is no document to export in brat format; no file was written.");
        }
        BratTargets targets = new BratTargets(target, documents.get(0).title(), documents.size());
        for (int i = 0; i < documents.size(); i++) {
            progress.checkCancelled();
            Document document = documents.get(i);
            progress.update(i, documents.size(), "Writing “" + document.title() + "”");
            String annotations = new BratAnnotationFile(document, scoped).write();
            AtomicFile.write(targets.text(i), out -> out.write(document.text().getBytes(StandardCharsets.UTF_8)));
            AtomicFile.write(targets.annotations(i), out -> out.write(annotations.getBytes(StandardCharsets.UTF_8)));
        }
        progress.update(documents.size(), documents.size(), "Exported " + documents.size() + " document(s)");
    }
}
