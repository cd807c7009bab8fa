package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Passage;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;

/**
 * Large edits (an import of 10,000 highlights, a document with all its highlights removed) and edits that mix
 * many kinds of record: the file holds exactly their rows afterwards, undo and redo included, and an edit that
 * fails anywhere, even on its very last row, leaves the file as it was.
 */
class BulkEditsTest {
    private static final int HIGHLIGHTS = 10_000;

    @TempDir
    Path folder;

    private final SampleProject sample = new SampleProject();
    private Path file;
    private ProjectStore store;

    @BeforeEach
    void createTheSampleProject() throws Exception {
        file = folder.resolve("bulk.lectern");
        store = ProjectFiles.create(file);
        store.write(sample.creation());
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    @Test
    void anImportOfTenThousandHighlightsAndItsUndoAndRedoLeaveExactlyTheirRowsInTheFile() throws Exception {
        Map<String, Set<List<String>>> before = rowsOfEveryTable();
        List<Annotation> imported = highlights(HIGHLIGHTS, "Ben Okafor");
        List<Change> edit = imported.stream().map(Change::created).toList();

        store.write(edit);

        Set<List<String>> expected = new HashSet<>(before.get("annotation"));
        UUID ben = authorId("Ben Okafor");
        for (Annotation annotation : imported) {
            expected.add(row(annotation, ben));
        }
        Map<String, Set<List<String>>> afterImport = rowsOfEveryTable();
        assertEquals(HIGHLIGHTS + sample.annotations().size(), afterImport.get("annotation").size());
        assertEquals(expected, afterImport.get("annotation"));
        assertEquals(before.get("document"), afterImport.get("document"));

        store.write(undo(edit));
        Map<String, Set<List<String>>> afterUndo = rowsOfEveryTable();
        afterUndo.get("author").removeIf(author -> author.get(1).equals("Ben Okafor"));
        assertEquals(before, afterUndo, "undo leaves every table as before the import (the new analyst's name aside)");

        store.write(edit);
        assertEquals(afterImport, rowsOfEveryTable(), "redo brings back exactly the imported rows");
    }

    @Test
    void removingADocumentWithAllItsHighlightsAndUndoingItRestoresEveryRow() throws Exception {
        store.write(highlights(HIGHLIGHTS, "Ana Reyes").stream().map(Change::created).toList());
        Map<String, Set<List<String>>> before = rowsOfEveryTable();
        List<Change> removal = new ArrayList<>();
        // As the window removes a document: the references to its highlights first, then the highlights.
        removal.add(Change.updated(sample.actor, sample.actor.withMentions(List.of())));
        removal.add(Change.updated(sample.claim, sample.claim.withPassages(List.of())));
        removal.add(Change.updated(sample.anonymousClaim, sample.anonymousClaim.withPassages(List.of())));
        removal.add(Change.updated(sample.evidence, sample.evidence.withPassages(List.of())));
        store.load().annotations().forEach(annotation -> removal.add(Change.deleted(annotation)));
        removal.add(Change.deleted(sample.document));

        store.write(removal);

        Map<String, Set<List<String>>> after = rowsOfEveryTable();
        for (String table : List.of("document", "annotation", "actor_mention", "claim_passage", "evidence_passage")) {
            assertEquals(Set.of(), after.get(table), table + " is empty");
        }
        assertEquals(before.get("actor_alias"), after.get("actor_alias"));
        store.write(undo(removal));
        assertEquals(before, rowsOfEveryTable(), "undo restores every row of every table");
    }

    @Test
    void removingADocumentButLeavingAClaimsReferenceToOneOfItsHighlightsIsRefusedWhole() throws Exception {
        store.write(highlights(HIGHLIGHTS, "Ana Reyes").stream().map(Change::created).toList());
        Map<String, Set<List<String>>> before = rowsOfEveryTable();
        List<Change> removal = new ArrayList<>();
        // The claim's passages are forgotten, the evidence's are not: its passage would point at nothing.
        removal.add(Change.updated(sample.actor, sample.actor.withMentions(List.of())));
        removal.add(Change.updated(sample.claim, sample.claim.withPassages(List.of())));
        removal.add(Change.updated(sample.anonymousClaim, sample.anonymousClaim.withPassages(List.of())));
        store.load().annotations().forEach(annotation -> removal.add(Change.deleted(annotation)));
        removal.add(Change.deleted(sample.document));

        StoreException refused = assertThrows(StoreException.class, () -> store.write(removal));

        assertTrue(refused.getMessage().contains("not saved") || refused.getMessage().contains("could not save"),
                refused.getMessage());
        assertEquals(before, rowsOfEveryTable(), "nothing of the edit is in the file");
        Annotation any = highlights(1, "Ana Reyes").get(0);
        Annotation tagless = new Annotation(UUID.randomUUID(), any.documentId(), any.passage(), UUID.randomUUID(), "",
                any.stamp());
        assertThrows(StoreException.class, () -> store.write(List.of(Change.created(tagless))),
                "the next edit's references are checked as ever");
        assertEquals(before, rowsOfEveryTable());
    }

    @Test
    void removingADocumentTogetherWithSomeHighlightsOfAnotherLeavesTheOtherDocumentsRemainingHighlights()
            throws Exception {
        Document other = new Document(UUID.randomUUID(), "Second report", DocumentMetadata.EMPTY,
                SampleProject.TEXT, stamp("Ana Reyes"));
        List<Annotation> ofOther = highlights(300, "Ana Reyes").stream()
                .map(a -> new Annotation(a.id(), other.id(), a.passage(), a.tagId(), a.note(), a.stamp())).toList();
        List<Change> setup = new ArrayList<>();
        setup.add(Change.created(other));
        ofOther.forEach(a -> setup.add(Change.created(a)));
        store.write(setup);
        List<Change> removal = new ArrayList<>();
        removal.add(Change.updated(sample.actor, sample.actor.withMentions(List.of())));
        removal.add(Change.updated(sample.claim, sample.claim.withPassages(List.of())));
        removal.add(Change.updated(sample.anonymousClaim, sample.anonymousClaim.withPassages(List.of())));
        removal.add(Change.updated(sample.evidence, sample.evidence.withPassages(List.of())));
        removal.add(Change.deleted(ofOther.get(7)));
        sample.annotations().forEach(a -> removal.add(Change.deleted(a)));
        removal.add(Change.deleted(ofOther.get(8)));
        removal.add(Change.deleted(sample.document));

        store.write(removal);

        Set<String> left = new HashSet<>();
        rowsOfEveryTable().get("annotation").forEach(row -> left.add(row.get(0)));
        Set<String> expected = new HashSet<>();
        ofOther.forEach(a -> expected.add(a.id().toString()));
        expected.remove(ofOther.get(7).id().toString());
        expected.remove(ofOther.get(8).id().toString());
        assertEquals(expected, left);
        assertEquals(List.of(other), store.load().documents());
    }

    @Test
    void anEditOfTenThousandHighlightsIsSentToSqliteAsABatchNotOneStatementPerHighlight() throws Exception {
        store.close();
        AtomicInteger prepared = new AtomicInteger();
        AtomicInteger executed = new AtomicInteger();
        Connection counted = counting(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()),
                prepared, executed);
        store = new SqliteProjectStore(file, counted, ProjectFiles.CURRENT_FORMAT, null);
        List<Change> edit = highlights(HIGHLIGHTS, "Ben Okafor").stream().map(Change::created).toList();

        store.write(edit);
        int preparedForImport = prepared.getAndSet(0);
        int executedForImport = executed.getAndSet(0);
        store.write(undo(edit));

        assertTrue(preparedForImport <= 5, preparedForImport + " statements prepared for one edit");
        assertTrue(executedForImport <= 5, executedForImport + " statements run for one edit");
        assertTrue(prepared.get() <= 3, prepared.get() + " statements prepared for its undo");
        assertTrue(executed.get() <= 3, executed.get() + " statements run for its undo");
        assertEquals(sample.annotations().size(), store.load().annotations().size());
    }

    @Test
    void aMixedEditThatFailsOnItsLastChangeLeavesTheFileAsItWas() throws Exception {
        Map<String, Set<List<String>>> before = rowsOfEveryTable();
        List<Annotation> added = highlights(500, "Ben Okafor");
        List<Change> edit = new ArrayList<>();
        added.forEach(annotation -> edit.add(Change.created(annotation)));
        edit.add(Change.updated(sample.actor, sample.actor.edited("Ana Ruiz", ActorKind.PERSON, List.of("Ruiz"),
                "Renamed")));
        edit.add(Change.created(new Actor(UUID.randomUUID(), "Grupo Norte", ActorKind.ORGANISATION,
                List.of("GN"), "", List.of(added.get(0).id()), stamp("Ben Okafor"))));
        edit.add(Change.updated(sample.ruiz, sample.ruiz.withNote("checked")));
        edit.add(Change.deleted(sample.link));
        edit.add(Change.created(new Evidence(UUID.randomUUID(), "Port records", List.of(added.get(1).id()),
                Grade.parse("A1"), stamp("Ben Okafor"))));
        edit.add(Change.created(new Tag(UUID.randomUUID(), "Place", "#123456", 5, "")));
        // The last change breaks a rule of the file: tag names are unique.
        edit.add(Change.created(new Tag(UUID.randomUUID(), sample.person.name(), "#654321", 0, "")));

        assertThrows(StoreException.class, () -> store.write(edit));

        assertEquals(before, rowsOfEveryTable(), "nothing of the failed edit is in the file");
        List<Change> withoutTheLast = edit.subList(0, edit.size() - 1);
        store.write(withoutTheLast);
        Map<String, Set<List<String>>> after = rowsOfEveryTable();
        assertEquals(before.get("annotation").size() + 500, after.get("annotation").size());
        assertNotEquals(before.get("actor"), after.get("actor"));
        assertEquals(Set.of(), after.get("link"));
        assertEquals(before.get("tag").size() + 1, after.get("tag").size());
        store.write(undo(withoutTheLast));
        Map<String, Set<List<String>>> undone = rowsOfEveryTable();
        undone.get("author").removeIf(author -> author.get(1).equals("Ben Okafor"));
        assertEquals(before, undone, "and the edit that succeeds is undone row for row");
    }

    @Test
    void anEditWhoseLastHighlightPointsAtNoTagFailsAtCommitAndLeavesTheFileAsItWas() throws Exception {
        Map<String, Set<List<String>>> before = rowsOfEveryTable();
        List<Annotation> added = new ArrayList<>(highlights(HIGHLIGHTS, "Ben Okafor"));
        Annotation last = added.remove(added.size() - 1);
        added.add(new Annotation(last.id(), last.documentId(), last.passage(), UUID.randomUUID(), "",
                last.stamp()));
        List<Change> edit = new ArrayList<>();
        edit.add(Change.updated(sample.claim, sample.claim.withPassages(List.of(added.get(0).id()))));
        added.forEach(annotation -> edit.add(Change.created(annotation)));

        assertThrows(StoreException.class, () -> store.write(edit));

        assertEquals(before, rowsOfEveryTable(), "nothing of the failed edit is in the file");
        assertEquals(sample.claim.passageIds(), store.load().claims().stream()
                .filter(claim -> claim.id().equals(sample.claim.id())).findFirst().orElseThrow().passageIds());
    }

    // ---------------------------------------------------------------------------------------------------

    /** {@code count} highlights of two to forty characters over the sample text, by one analyst. */
    private List<Annotation> highlights(int count, String author) {
        String text = SampleProject.TEXT;
        List<Annotation> annotations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int start = (i * 7) % (text.length() - 45);
            if (Character.isLowSurrogate(text.charAt(start))) {
                start++;
            }
            int end = start + 2 + i % 39;
            if (Character.isLowSurrogate(text.charAt(end))) {
                end++;
            }
            int from = Math.max(0, start - 32);
            if (Character.isLowSurrogate(text.charAt(from))) {
                from++; // never half an emoji
            }
            int to = Math.min(text.length(), end + 32);
            if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                to--;
            }
            Passage passage = new Passage(start, end, text.substring(start, end), text.substring(from, start),
                    text.substring(end, to));
            Instant created = Instant.parse("2026-11-02T08:00:00Z").plusMillis(i);
            annotations.add(new Annotation(UUID.randomUUID(), sample.document.id(), passage,
                    (i % 2 == 0 ? sample.person : sample.claimTag).id(), i % 10 == 0 ? "note " + i : "",
                    new Stamp(author, created, created.plusSeconds(i % 3))));
        }
        return annotations;
    }

    private static Stamp stamp(String author) {
        Instant now = Instant.parse("2026-11-02T09:00:00Z");
        return new Stamp(author, now, now);
    }

    /** The undo of an edit, as the edit history makes it: the changes reversed, each inverted. */
    private static List<Change> undo(List<Change> edit) {
        List<Change> undo = new ArrayList<>(edit.size());
        for (int i = edit.size() - 1; i >= 0; i--) {
            undo.add(edit.get(i).inverse());
        }
        return undo;
    }

    /** The row an annotation should be, written out by hand from the file's documented columns. */
    private static List<String> row(Annotation annotation, UUID authorId) {
        Passage passage = annotation.passage();
        return List.of(annotation.id().toString(), annotation.documentId().toString(),
                Integer.toString(passage.start()), Integer.toString(passage.end()), passage.quote(), passage.prefix(),
                passage.suffix(), annotation.tagId().toString(), annotation.note(), authorId.toString(),
                nineDigits(annotation.stamp().created()), nineDigits(annotation.stamp().modified()));
    }

    private static String nineDigits(Instant instant) {
        String plain = instant.toString();
        String seconds = plain.substring(0, 19);
        String fraction = plain.length() > 20 ? plain.substring(20, plain.length() - 1) : "";
        return seconds + "." + (fraction + "000000000").substring(0, 9) + "Z";
    }

    private UUID authorId(String name) throws Exception {
        for (List<String> author : rowsOfEveryTable().get("author")) {
            if (author.get(1).equals(name)) {
                return UUID.fromString(author.get(0));
            }
        }
        throw new AssertionError("no author " + name);
    }

    /** Every row of every table of the file, read by a connection of its own (what another program sees). */
    private Map<String, Set<List<String>>> rowsOfEveryTable() throws Exception {
        Map<String, Set<List<String>>> tables = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history' ORDER BY name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                Set<List<String>> rowsOfTable = new HashSet<>();
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + name)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        List<String> row = new ArrayList<>();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            row.add(rows.getString(c));
                        }
                        rowsOfTable.add(row);
                    }
                }
                tables.put(name, rowsOfTable);
            }
        }
        return tables;
    }

    /** The connection, counting the statements prepared and the times one is run (a batch is run once). */
    private static Connection counting(Connection connection, AtomicInteger prepared, AtomicInteger executed) {
        return (Connection) Proxy.newProxyInstance(BulkEditsTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (method.getName().equals("prepareStatement")) {
                        prepared.incrementAndGet();
                        return countingRuns((java.sql.PreparedStatement) result, executed);
                    }
                    return result;
                });
    }

    private static java.sql.PreparedStatement countingRuns(java.sql.PreparedStatement statement,
                                                           AtomicInteger executed) {
        return (java.sql.PreparedStatement) Proxy.newProxyInstance(BulkEditsTest.class.getClassLoader(),
                new Class<?>[] {java.sql.PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        executed.incrementAndGet();
                    }
                    return invoke(statement, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
