package org.lectern.io.w3c;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.lectern.io.exchange.Authorship;
import org.lectern.io.exchange.ExchangeFormatException;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.io.w3c.Anchoring.Anchor;
import org.lectern.io.w3c.Anchoring.Placed;
import org.lectern.io.w3c.Anchoring.Unplaced;
import org.lectern.model.ProjectSnapshot;

/**
 * Reads a W3C Web Annotation JSON-LD file (from Lectern or another tool) into the changes that add its
 * annotations to a project, as one edit. Annotations are placed in the project's own documents; those that fit
 * nowhere are listed, in words, instead. A file that cannot be read at all gives an
 * {@link ExchangeFormatException} and no changes.
 */
public final class W3cImport {

    /**
     * @param analyst who is importing: the author of annotations whose file names no creator
     */
    public ExchangeImport read(Path file, ProjectSnapshot project, String analyst) throws ExchangeFormatException {
        return read(file, project, Authorship.of(analyst));
    }

    /**
     * @param authors who is importing, and the analysts' names to record for the creators the file names
     */
    public ExchangeImport read(Path file, ProjectSnapshot project, Authorship authors)
            throws ExchangeFormatException {
        String fileName = JsonFile.nameOf(file);
        AnnotationFile.Contents contents = AnnotationFile.read(file);
        Anchoring anchoring = new Anchoring(new ProjectTexts(project.documents()));
        ImportPlan plan = new ImportPlan(project, authors.analyst(), Instant.now());
        contents.malformed().forEach(plan::unplaced);
        for (IncomingAnnotation read : contents.annotations()) {
            IncomingAnnotation annotation = read.withCreator(authors.nameFor(read.creator()));
            Anchor anchor = anchoring.place(annotation);
            if (anchor instanceof Placed placed) {
                plan.add(annotation, placed);
            } else {
                plan.unplaced(((Unplaced) anchor).reason());
            }
        }
        return plan.result(fileName);
    }
}
