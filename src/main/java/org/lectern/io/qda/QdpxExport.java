package org.lectern.io.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.lectern.io.export.AtomicFile;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Exporter;
import org.lectern.io.export.Progress;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;

/**
 * Exports to a REFI-QDA project exchange file ({@code .qdpx}), which NVivo, ATLAS.ti, MAXQDA, QualCoder and
 * other QDA programs import: a zip holding {@code project.qde} and each document's normalised text as
 * {@code sources/<guid>.txt} in UTF-8 without a byte order mark.
 *
 * <p>Tags become codes, documents text sources, highlights plain-text selections coded with their tag, notes
 * notes referenced from their selection, and authors users. Actors, claims and evidence (with their Admiralty
 * grades) and evidence→claim links are written as a "Lectern" code group and links between its codes: see
 * {@link LecternStructure}. Selection positions count Unicode code points: see {@link ProjectQdeWriter}.
 * Instants keep milliseconds: see {@link QdaDates}.
 */
public final class QdpxExport implements Exporter {
    static final String PROJECT_ENTRY = "project.qde";
    static final String SOURCES_FOLDER = "sources/";

    @Override
    public void export(ProjectSnapshot project, ExportScope scope, Path target, Progress progress)
            throws ExportException {
        ProjectSnapshot scoped = scope.apply(project);
        String projectName = projectNameOf(target);
        AtomicFile.write(target, out -> writeArchive(scoped, projectName, out, progress));
        long steps = scoped.documents().size() + 1L;
        progress.update(steps, steps, "Exported " + target.getFileName());
    }

    private static void writeArchive(ProjectSnapshot scoped, String projectName, OutputStream out,
                                     Progress progress) throws IOException, ExportException {
        long total = scoped.documents().size() + 1L;
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        long done = 0;
        for (Document document : scoped.documents()) {
            progress.checkCancelled();
            progress.update(done++, total, "Writing “" + document.title() + "”");
            zip.putNextEntry(new ZipEntry(SOURCES_FOLDER + ProjectQdeWriter.sourceFileName(document)));
            zip.write(document.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        progress.checkCancelled();
        progress.update(done, total, "Writing the code book and highlights");
        zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
        try {
            new ProjectQdeWriter(scoped, projectName).write(zip);
        } catch (XMLStreamException e) {
            throw new IOException("the project XML could not be written (" + e.getMessage() + ")", e);
        }
        zip.closeEntry();
        // Finish, not close: the stream beneath belongs to AtomicFile.
        zip.finish();
    }

    /** The project's name inside the file: the file's own name, as QDA programs show it. */
    static String projectNameOf(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
