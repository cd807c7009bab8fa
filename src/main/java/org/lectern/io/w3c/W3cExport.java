package org.lectern.io.w3c;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lectern.io.export.AtomicFile;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Exporter;
import org.lectern.io.export.Progress;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.Passage;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;
import org.lectern.text.CodePoints;

/**
 * Writes a project's annotations as one W3C Web Annotation JSON-LD document: an AnnotationCollection whose
 * first (and only) AnnotationPage holds every annotation inline, so the file stands on its own.
 *
 * <p>Each annotation targets its document's {@link DocumentSource} with a TextQuoteSelector (quote and
 * context, which survive a differently counted or slightly different text) and a TextPositionSelector in
 * Unicode code points, as the model requires, rather than the UTF-16 chars Lectern stores.
 */
public final class W3cExport implements Exporter {
    private static final int PROGRESS_EVERY = 200;

    @Override
    public void export(ProjectSnapshot project, ExportScope scope, Path target, Progress progress)
            throws ExportException {
        ProjectSnapshot inScope = scope.apply(project);
        List<Annotation> annotations = inDocumentOrder(inScope);
        Map<UUID, ExportedDocument> documents = new HashMap<>();
        for (Document document : inScope.documents()) {
            documents.put(document.id(), new ExportedDocument(document));
        }
        Map<UUID, String> tagNames = new HashMap<>();
        for (Tag tag : inScope.tags()) {
            tagNames.put(tag.id(), tag.name());
        }
        progress.update(0, annotations.size(), "Writing W3C annotations");
        AtomicFile.write(target, out -> writeCollection(out, annotations, documents, tagNames, progress));
        progress.update(annotations.size(), annotations.size(), "Wrote " + annotations.size() + " annotations");
    }

    /** Documents in the project's order, each one's annotations from the start of its text: easy to read. */
    private static List<Annotation> inDocumentOrder(ProjectSnapshot project) {
        Map<UUID, Integer> documentOrder = new HashMap<>();
        for (Document document : project.documents()) {
            documentOrder.put(document.id(), documentOrder.size());
        }
        List<Annotation> sorted = new ArrayList<>(project.annotations());
        sorted.sort(Comparator.<Annotation>comparingInt(a -> documentOrder.getOrDefault(a.documentId(), 0))
                .thenComparingInt(a -> a.passage().start())
                .thenComparingInt(a -> a.passage().end()));
        return sorted;
    }

    private static void writeCollection(OutputStream out, List<Annotation> annotations,
                                        Map<UUID, ExportedDocument> documents, Map<UUID, String> tagNames,
                                        Progress progress) throws IOException, ExportException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("@context", Vocabulary.CONTEXT);
            json.writeStringField("id", Vocabulary.UUID_URN_PREFIX + UUID.randomUUID());
            json.writeStringField("type", Vocabulary.ANNOTATION_COLLECTION);
            json.writeStringField("label", "Annotations exported from Lectern");
            json.writeNumberField("total", annotations.size());
            json.writeObjectFieldStart("first");
            json.writeStringField("id", Vocabulary.UUID_URN_PREFIX + UUID.randomUUID());
            json.writeStringField("type", Vocabulary.ANNOTATION_PAGE);
            json.writeNumberField("startIndex", 0);
            json.writeArrayFieldStart("items");
            int done = 0;
            for (Annotation annotation : annotations) {
                ExportedDocument document = documents.get(annotation.documentId());
                writeAnnotation(json, annotation, document, tagNames.get(annotation.tagId()));
                if (++done % PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.update(done, annotations.size(), "Writing W3C annotations");
                }
            }
            progress.checkCancelled();
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void writeAnnotation(JsonGenerator json, Annotation annotation, ExportedDocument document,
                                        String tagName) throws IOException, ExportException {
        json.writeStartObject();
        json.writeStringField("id", Vocabulary.UUID_URN_PREFIX + annotation.id());
        json.writeStringField("type", Vocabulary.ANNOTATION);
        json.writeObjectFieldStart("creator");
        json.writeStringField("type", Vocabulary.PERSON);
        json.writeStringField("name", annotation.stamp().author());
        json.writeEndObject();
        json.writeStringField("created", annotation.stamp().created().toString());
        json.writeStringField("modified", annotation.stamp().modified().toString());
        writeBodies(json, tagName, annotation.note());
        writeTarget(json, annotation.passage(), document);
        json.writeEndObject();
    }

    private static void writeBodies(JsonGenerator json, String tagName, String note) throws IOException {
        json.writeArrayFieldStart("body");
        if (tagName != null) {
            json.writeStartObject();
            json.writeStringField("type", Vocabulary.TEXTUAL_BODY);
            json.writeStringField("purpose", Vocabulary.TAGGING);
            json.writeStringField("value", tagName);
            json.writeEndObject();
        }
        if (!note.isEmpty()) {
            json.writeStartObject();
            json.writeStringField("type", Vocabulary.TEXTUAL_BODY);
            json.writeStringField("purpose", Vocabulary.COMMENTING);
            json.writeStringField("value", note);
            json.writeStringField("format", Vocabulary.PLAIN_TEXT);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeTarget(JsonGenerator json, Passage passage, ExportedDocument document)
            throws IOException, ExportException {
        if (passage.end() > document.codePoints().charLength()) {
            throw new ExportException("An annotation on “" + document.title() + "” lies beyond the end of its"
                    + " text, so the project may be damaged; no file was written.");
        }
        json.writeObjectFieldStart("target");
        json.writeStringField("source", document.source());
        json.writeArrayFieldStart("selector");
        json.writeStartObject();
        json.writeStringField("type", Vocabulary.TEXT_QUOTE_SELECTOR);
        json.writeStringField("exact", passage.quote());
        json.writeStringField("prefix", passage.prefix());
        json.writeStringField("suffix", passage.suffix());
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringField("type", Vocabulary.TEXT_POSITION_SELECTOR);
        json.writeNumberField("start", document.codePoints().toCodePointOffset(passage.start()));
        json.writeNumberField("end", document.codePoints().toCodePointOffset(passage.end()));
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** What every annotation of one document needs, worked out once: its source IRI and code point index. */
    private static final class ExportedDocument {
        private final Document document;
        private String source;
        private CodePoints codePoints;

        ExportedDocument(Document document) {
            this.document = document;
        }

        String title() {
            return document.title();
        }

        /** Hashing a long text takes a moment, so only documents with annotations in scope pay for it. */
        String source() {
            if (source == null) {
                source = DocumentSource.of(document);
            }
            return source;
        }

        CodePoints codePoints() {
            if (codePoints == null) {
                codePoints = CodePoints.of(document.text());
            }
            return codePoints;
        }
    }
}
