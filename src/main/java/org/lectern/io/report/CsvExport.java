package org.lectern.io.report;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lectern.io.export.AtomicFile;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Exporter;
import org.lectern.io.export.Progress;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;

/**
 * One row per annotation, for spreadsheets: RFC 4180 quoting with CRLF line ends, UTF-8 with a byte-order mark
 * (without it Excel reads the file in the system's legacy code page). Columns: document, start, end, quote, tag,
 * note, author, actor, claim, evidence, created; actor, claim and evidence name every actor, claim and item of
 * evidence that uses the annotation as a mention or passage, joined with "; ". Text cells that would start a
 * formula get a leading apostrophe (see {@link CsvCells}); created is an ISO-8601 instant in UTC.
 */
public final class CsvExport implements Exporter {
    static final String[] HEADER = {"document", "start", "end", "quote", "tag", "note", "author", "actor", "claim",
        "evidence", "created"};
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\r\n")
            .get();

    @Override
    public void export(ProjectSnapshot project, ExportScope scope, Path target, Progress progress)
            throws ExportException {
        ProjectSnapshot scoped = scope.apply(project);
        Map<UUID, Document> documents = new HashMap<>();
        Map<UUID, Integer> documentOrder = new HashMap<>();
        for (Document document : scoped.documents()) {
            documents.put(document.id(), document);
            documentOrder.put(document.id(), documentOrder.size());
        }
        Map<UUID, String> tagNames = new HashMap<>();
        scoped.tags().forEach(t -> tagNames.put(t.id(), t.name()));
        Uses actors = new Uses();
        scoped.actors().forEach(a -> actors.add(a.mentionIds(), a.name()));
        Uses claims = new Uses();
        scoped.claims().forEach(c -> claims.add(c.passageIds(), c.toString()));
        Uses evidence = new Uses();
        scoped.evidence().forEach(e -> evidence.add(e.passageIds(), e.toString()));
        List<Annotation> rows = new ArrayList<>(scoped.annotations());
        rows.sort(Comparator.comparingInt((Annotation a) -> documentOrder.get(a.documentId()))
                .thenComparingInt(a -> a.passage().start()).thenComparingInt(a -> a.passage().end()));
        progress.checkCancelled();
        progress.update(0, rows.size(), "Writing " + target.getFileName());
        AtomicFile.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter csv = new CSVPrinter(writer, FORMAT);
            for (Annotation a : rows) {
                csv.printRecord(CsvCells.safe(documents.get(a.documentId()).title()), a.passage().start(),
                        a.passage().end(), CsvCells.safe(a.passage().quote()),
                        CsvCells.safe(tagNames.getOrDefault(a.tagId(), "")), CsvCells.safe(a.note()),
                        CsvCells.safe(a.stamp().author()), CsvCells.safe(actors.of(a.id())),
                        CsvCells.safe(claims.of(a.id())), CsvCells.safe(evidence.of(a.id())),
                        DateTimeFormatter.ISO_INSTANT.format(a.stamp().created()));
            }
            csv.flush();
            progress.checkCancelled();
        });
        progress.update(rows.size(), rows.size(), "Annotations written");
    }

    /** Which records use each annotation, by their names. */
    private static final class Uses {
        private final Map<UUID, List<String>> names = new HashMap<>();

        void add(List<UUID> annotationIds, String name) {
            for (UUID id : annotationIds) {
                List<String> list = names.computeIfAbsent(id, k -> new ArrayList<>(1));
                if (!list.contains(name)) {
                    list.add(name);
                }
            }
        }

        String of(UUID annotationId) {
            return String.join("; ", names.getOrDefault(annotationId, List.of()));
        }
    }
}
