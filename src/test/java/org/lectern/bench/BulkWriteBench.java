package org.lectern.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.lectern.io.BundledSample;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.text.Passages;

/**
 * Section 6: bulk writes through the store against SQLite itself, in one run. The floor is a raw JDBC batch:
 * one prepared INSERT, 10,000 rows added with {@code addBatch} (their column values ready as text), one
 * {@code executeBatch}, one commit, into a fresh project file, on a connection set up as Lectern's is (foreign
 * keys on and checked at commit, WAL, synchronous NORMAL). Against it: the same 10,000 annotations written
 * as one edit through the store (an import), its undo and redo (target: each at most twice the raw batch), and
 * removing a document with 30,000 highlights, some of them an actor's mentions and a claim's and an evidence's
 * passages (the same target; three times the rows, so also shown beside a raw JDBC delete of the same rows).
 * Every timing starts from a fresh project file.
 */
final class BulkWriteBench {
    private static final int ANNOTATIONS = 10_000;
    private static final int BIG_DOCUMENT_HIGHLIGHTS = 30_000;
    private static final String INSERT_ANNOTATION = """
            INSERT INTO annotation (id, document_id, start_offset, end_offset, quote, prefix, suffix, tag_id, note,
                                    author_id, created, modified)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Path work;
    private final PrintStream out;
    private final List<String> summary;
    private final ArticleGenerator article = new ArticleGenerator(20_240_601L, 2_000, 1_000_000);
    private final Stamp stamp = new Stamp("Ana", Instant.parse("2026-11-01T09:00:00Z"),
            Instant.parse("2026-11-01T09:00:00Z"));
    private int files;

    BulkWriteBench(Path work, PrintStream out, List<String> summary) {
        this.work = work;
        this.out = out;
        this.summary = summary;
    }

    void run() throws Exception {
        int warmups = 2;
        int runs = 7;
        out.println();
        out.printf(Locale.ROOT, "6. Bulk writes: %,d annotations on a 1 MB article as one edit, against a raw JDBC"
                + " batch of the same rows; a document with %,d highlights removed%n", ANNOTATIONS,
                BIG_DOCUMENT_HIGHLIGHTS);
        List<Long> raw = new ArrayList<>();
        List<Long> imports = new ArrayList<>();
        List<Long> undos = new ArrayList<>();
        List<Long> redos = new ArrayList<>();
        List<Long> removals = new ArrayList<>();
        List<Long> rawRemovals = new ArrayList<>();
        List<Long> rawRemovalsWithoutKeys = new ArrayList<>();
        // Interleaved, so that a busy moment of the machine falls on all of them alike.
        for (int i = 0; i < warmups + runs; i++) {
            long[] edit = timeImportUndoRedo();
            long rawBatch = timeRawBatch();
            long removal = timeRemovingBigDocument();
            long rawRemoval = timeRawRemoval(true);
            long rawRemovalWithoutKeys = timeRawRemoval(false);
            if (i >= warmups) {
                rawRemovals.add(rawRemoval);
                rawRemovalsWithoutKeys.add(rawRemovalWithoutKeys);
                raw.add(rawBatch);
                imports.add(edit[0]);
                undos.add(edit[1]);
                redos.add(edit[2]);
                removals.add(removal);
            }
        }
        Stats rawStats = new Stats(raw);
        double limit = 2 * rawStats.median();
        print("raw JDBC batch, 10k rows", rawStats, "the floor", runs, warmups);
        Stats importStats = print("10k import (one edit)", new Stats(imports), "≤ 2× raw", runs, warmups);
        Stats undoStats = print("its undo", new Stats(undos), "≤ 2× raw", runs, warmups);
        Stats redoStats = print("its redo", new Stats(redos), "≤ 2× raw", runs, warmups);
        Stats removalStats = print("remove a 30k-highlight doc", new Stats(removals), "≤ 2× raw", runs, warmups);
        Stats rawRemovalStats = print("raw JDBC delete of the same", new Stats(rawRemovals), "its floor", runs,
                warmups);
        Stats withoutKeys = print("  the same, foreign keys off", new Stats(rawRemovalsWithoutKeys), "—", runs,
                warmups);
        summary.add(String.format(Locale.ROOT, "6  raw JDBC batch of 10k annotations:  median %8.1f ms  max %8.1f ms",
                rawStats.median(), rawStats.max()));
        summary.add(line("6  10k-annotation import, one edit:   ", importStats, rawStats, limit));
        summary.add(line("6  its undo:                          ", undoStats, rawStats, limit));
        summary.add(line("6  its redo:                          ", redoStats, rawStats, limit));
        summary.add(line("6  remove a doc with 30k highlights:  ", removalStats, rawStats, limit));
        summary.add(String.format(Locale.ROOT, "6    (raw JDBC delete of its 30k rows: median %.1f ms; the removal is"
                + " %.1f× that; %.1f ms of it with foreign keys off)", rawRemovalStats.median(),
                removalStats.median() / rawRemovalStats.median(), withoutKeys.median()));
    }

    private Stats print(String name, Stats stats, String target, int runs, int warmups) {
        out.printf(Locale.ROOT, "   %-28s median %8.1f ms  max %8.1f ms  (%d runs after %d warm-up; target %s)%n",
                name, stats.median(), stats.max(), runs, warmups, target);
        return stats;
    }

    private static String line(String label, Stats stats, Stats raw, double limitMs) {
        return String.format(Locale.ROOT, "%s median %8.1f ms  max %8.1f ms  (%.1f× raw)  target ≤ 2× raw = %.1f ms"
                        + "   %s", label, stats.median(), stats.max(), stats.median() / raw.median(), limitMs,
                Stats.verdict(stats.median() <= limitMs));
    }

    /** A fresh project holding the article and the default tags, as the 10k import finds it. */
    private Fixture freshProject(int highlights) throws Exception {
        Path file = work.resolve("bulk-" + files++ + ".lectern");
        Document document = new Document(UUID.randomUUID(), "Benchmark article", DocumentMetadata.EMPTY, article.text,
                stamp);
        List<Tag> tags = BundledSample.defaultTags().stream().map(t -> t.toTag(UUID.randomUUID())).toList();
        List<Annotation> annotations = new ArrayList<>(highlights);
        int n = 0;
        for (int[] h : article.highlights(7L, highlights, tags.size())) {
            annotations.add(new Annotation(UUID.randomUUID(), document.id(), Passages.of(article.text, h[0], h[1]),
                    tags.get(h[2]).id(), n++ % 10 == 0 ? "Check this against the ministry's figures." : "",
                    new Stamp("Ana", stamp.created().plusMillis(n), stamp.modified().plusMillis(n))));
        }
        ProjectStore store = ProjectFiles.create(file);
        List<Change> setup = new ArrayList<>();
        setup.add(Change.created(document));
        tags.forEach(tag -> setup.add(Change.created(tag)));
        store.write(setup);
        return new Fixture(file, store, document, annotations);
    }

    private record Fixture(Path file, ProjectStore store, Document document, List<Annotation> annotations) {
    }

    /** The 10k import through the store, then its undo and its redo, each one call of {@code write}. */
    private long[] timeImportUndoRedo() throws Exception {
        Fixture fixture = freshProject(ANNOTATIONS);
        long[] times;
        try (ProjectStore store = fixture.store()) {
            Edit edit = new Edit("Import annotations", fixture.annotations().stream().map(Change::created).toList());
            long importing = time(() -> store.write(edit.changes()));
            long undoing = time(() -> store.write(edit.inverse().changes()));
            long redoing = time(() -> store.write(edit.changes()));
            times = new long[] {importing, undoing, redoing};
        }
        check(fixture.file(), ANNOTATIONS);
        return times;
    }

    /** The same 10,000 rows, their values ready as text, in one raw batch and one transaction. */
    private long timeRawBatch() throws Exception {
        Fixture fixture = freshProject(ANNOTATIONS);
        String authorId;
        fixture.store().close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + fixture.file().toAbsolutePath()
                + "?foreign_keys=true&synchronous=NORMAL&journal_mode=WAL")) {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT id FROM author")) {
                row.next();
                authorId = row.getString(1);
            }
            List<String[]> rows = new ArrayList<>(ANNOTATIONS);
            for (Annotation a : fixture.annotations()) {
                rows.add(new String[] {a.id().toString(), a.documentId().toString(),
                        Integer.toString(a.passage().start()), Integer.toString(a.passage().end()), a.passage().quote(),
                        a.passage().prefix(), a.passage().suffix(), a.tagId().toString(), a.note(), authorId,
                        "2026-11-01T09:00:00.000000000Z", "2026-11-01T09:00:00.000000000Z"});
            }
            warmUp(connection);
            connection.setAutoCommit(false);
            deferForeignKeys(connection);
            long t0 = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ANNOTATION)) {
                for (String[] row : rows) {
                    for (int c = 0; c < row.length; c++) {
                        if (c == 2 || c == 3) {
                            insert.setInt(c + 1, Integer.parseInt(row[c]));
                        } else {
                            insert.setString(c + 1, row[c]);
                        }
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            long t1 = System.nanoTime();
            connection.setAutoCommit(true);
            return t1 - t0;
        } finally {
            check(fixture.file(), ANNOTATIONS);
        }
    }

    /**
     * A document with 30,000 highlights, 40 of them an actor's mentions and 60 a claim's and an evidence's
     * passages, removed as the window removes it: the references first, then the highlights, then the document.
     */
    private long timeRemovingBigDocument() throws Exception {
        Fixture fixture = bigDocument();
        long removing;
        try (ProjectSession session = new ProjectSession(fixture.store(), "Ana")) {
            Edit removal = session.edits().removeDocument(fixture.document().id());
            removing = time(() -> fixture.store().write(removal.changes()));
        }
        check(fixture.file(), 0);
        return removing;
    }

    /**
     * The floor for that: the same 30,000 rows and their document deleted by raw JDBC, in one transaction; without
     * foreign keys, to show what the schema's cascades to the four tables that refer to highlights cost.
     */
    private long timeRawRemoval(boolean foreignKeys) throws Exception {
        Fixture fixture = bigDocument();
        fixture.store().close();
        long removing;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + fixture.file().toAbsolutePath()
                + "?foreign_keys=" + foreignKeys + "&synchronous=NORMAL&journal_mode=WAL")) {
            warmUp(connection);
            connection.setAutoCommit(false);
            deferForeignKeys(connection);
            long t0 = System.nanoTime();
            try (PreparedStatement highlights = connection.prepareStatement(
                    "DELETE FROM annotation WHERE document_id = ?");
                 PreparedStatement document = connection.prepareStatement("DELETE FROM document WHERE id = ?")) {
                highlights.setString(1, fixture.document().id().toString());
                highlights.executeUpdate();
                document.setString(1, fixture.document().id().toString());
                document.executeUpdate();
            }
            connection.commit();
            removing = System.nanoTime() - t0;
            connection.setAutoCommit(true);
        }
        check(fixture.file(), 0);
        return removing;
    }

    private Fixture bigDocument() throws Exception {
        Fixture fixture = freshProject(BIG_DOCUMENT_HIGHLIGHTS);
        List<Annotation> annotations = fixture.annotations();
        List<Change> creation = new ArrayList<>();
        annotations.forEach(a -> creation.add(Change.created(a)));
        for (int i = 0; i < 40; i++) {
            creation.add(Change.created(new Actor(UUID.randomUUID(), "Actor " + i, ActorKind.PERSON,
                    List.of("A" + i), "", List.of(annotations.get(i * 3).id()), stamp)));
        }
        for (int i = 0; i < 30; i++) {
            creation.add(Change.created(new Claim(UUID.randomUUID(), "Claim " + i, null,
                    List.of(annotations.get(1_000 + i).id()), ClaimStatus.ASSERTED, Likelihood.LIKELY, stamp)));
            creation.add(Change.created(new Evidence(UUID.randomUUID(), "Evidence " + i,
                    List.of(annotations.get(2_000 + i).id()), Grade.parse("B2"), stamp)));
        }
        fixture.store().write(creation);
        return fixture;
    }

    /**
     * A fresh connection's first write reads the schema and opens the journal: not part of the batch's time. The
     * foreign keys are then checked at commit, as Lectern checks them for every edit (which is a little quicker).
     */
    private static void warmUp(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE document SET title = title");
        }
    }

    private static void deferForeignKeys(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA defer_foreign_keys = ON");
        }
    }

    private static long time(Runnable write) {
        long t0 = System.nanoTime();
        write.run();
        return System.nanoTime() - t0;
    }

    /** A figure for rows that are not there would mean nothing: count them in the file. */
    private static void check(Path file, int expected) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM annotation")) {
            count.next();
            if (count.getInt(1) != expected) {
                throw new IllegalStateException(file.getFileName() + " holds " + count.getInt(1)
                        + " annotations, not " + expected);
            }
        }
        Files.deleteIfExists(file);
    }
}
