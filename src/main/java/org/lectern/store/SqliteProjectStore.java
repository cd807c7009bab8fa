package org.lectern.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamps;
import org.lectern.model.Tag;

/** A project in one SQLite file, opened by {@link ProjectFiles}. One connection, used by one thread at a time. */
final class SqliteProjectStore implements ProjectStore {
    private final Path location;
    private final Connection connection;
    private final int schemaVersion;
    private final Authors authors = new Authors();
    private final DocumentTable documents = new DocumentTable(authors);
    private final TagTable tags = new TagTable();
    private final AnnotationTable annotations = new AnnotationTable(authors);
    private final ActorTable actors = new ActorTable(authors);
    private final ClaimTable claims = new ClaimTable(authors);
    private final EvidenceTable evidence = new EvidenceTable(authors);
    private final LinkTable links = new LinkTable(authors);
    private final ReviewCommentTable comments = new ReviewCommentTable(authors);
    private final ReviewDecisionTable decisions = new ReviewDecisionTable(authors);
    private final Map<Class<?>, RecordTable<?>> tablesByKind = Map.of(
            Document.class, documents, Tag.class, tags, Annotation.class, annotations, Actor.class, actors,
            Claim.class, claims, Evidence.class, evidence, Link.class, links,
            ReviewComment.class, comments, ReviewDecision.class, decisions);
    private final Map<String, RecordTable<?>> tablesByName = Map.of(
            "document", documents, "tag", tags, "annotation", annotations, "actor", actors, "claim", claims,
            "evidence", evidence, "link", links, "review_comment", comments, "review_decision", decisions);
    private final SqliteTeamLedger ledger = new SqliteTeamLedger(this, new CurrentRecords(tablesByName, annotations));

    private final Object readerLock = new Object();
    /** Opened when a document's highlights are first read; see {@link #readingAside}. */
    private Connection reader;

    /** Held while the project is open for editing; null when it is open only to be read. */
    private final ProjectLock lock;
    /** Keeps the project file complete while it is open for editing; null when it is open only to be read. */
    private final IdleCheckpoint checkpoint;

    SqliteProjectStore(Path location, Connection connection, int schemaVersion, ProjectLock lock) throws SQLException {
        this.lock = lock;
        this.checkpoint = lock == null ? null : new IdleCheckpoint(ProjectFiles.url(location));
        this.location = location;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        connection.setAutoCommit(false);
        authors.load(connection);
        connection.commit();
    }

    @Override
    public Path location() {
        return location;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public synchronized ProjectSnapshot load() {
        return reading(() -> new ProjectSnapshot(documents.loadAll(connection), tags.loadAll(connection),
                annotations.loadAll(connection), actors.loadAll(connection), claims.loadAll(connection),
                evidence.loadAll(connection), links.loadAll(connection), authors.all(),
                comments.loadAll(connection), decisions.loadAll(connection)));
    }

    @Override
    public synchronized ProjectOutline loadOutline() {
        return reading(() -> new ProjectOutline(new ProjectSnapshot(documents.loadAll(connection),
                tags.loadAll(connection), List.of(), actors.loadAll(connection), claims.loadAll(connection),
                evidence.loadAll(connection), links.loadAll(connection), authors.all(),
                comments.loadAll(connection), decisions.loadAll(connection)),
                annotations.count(connection)));
    }

    /** One read transaction on the store's connection, its failures told as an analyst needs to hear them. */
    private <T> T reading(Read<T> read) {
        try {
            authors.load(connection);
            T result = read.from();
            connection.commit();
            return result;
        } catch (SQLException e) {
            endReadAfterFailure();
            throw readFailure(e);
        } catch (RuntimeException e) {
            endReadAfterFailure();
            throw readFailure(e);
        }
    }

    private interface Read<T> {
        T from() throws SQLException;
    }

    private StoreException readFailure(Exception e) {
        if (e instanceof SQLException && DamagedFile.isCause(e)) {
            return new StoreException(DamagedFile.message(location.getFileName().toString()), e);
        }
        if (e instanceof SQLException) {
            return new StoreException("Lectern could not read " + location.getFileName() + ": "
                    + ProjectFiles.plainMessage(e) + ".", e);
        }
        // A row edited by hand (in the sqlite3 shell, say) that no record can be made of.
        return new StoreException("Lectern could not read " + location.getFileName() + ", because a row in it"
                + " was changed outside Lectern and no longer makes sense (" + ProjectFiles.plainMessage(e)
                + ").", e);
    }

    @Override
    public List<Annotation> annotationsOf(UUID documentId) {
        return readingAside(reader -> annotations.loadOf(reader, documentId));
    }

    @Override
    public Map<UUID, List<Annotation>> annotationsOf(Set<UUID> documentIds) {
        return readingAside(reader -> annotations.loadOf(reader, documentIds));
    }

    @Override
    public Optional<UUID> documentOfAnnotation(UUID annotationId) {
        return readingAside(reader -> annotations.documentOf(reader, annotationId));
    }

    /**
     * Highlights are read on a connection of their own, so that showing a document never waits behind a long
     * edit being written on a worker: in WAL mode it reads what was last committed, while the write goes on.
     */
    private <T> T readingAside(ReadAside<T> read) {
        synchronized (readerLock) {
            try {
                if (reader == null || reader.isClosed()) {
                    reader = ProjectFiles.readerOf(location);
                }
                return read.from(reader);
            } catch (SQLException | RuntimeException e) {
                throw readFailure(e);
            }
        }
    }

    private interface ReadAside<T> {
        T from(Connection reader) throws SQLException;
    }

    /** A failed read must not keep its transaction open: later reads would see that old state. */
    private void endReadAfterFailure() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // Nothing was written; the failure itself is what the caller hears about.
        }
    }

    @Override
    public Optional<TeamLedger> teamLedger() {
        return Optional.of(ledger);
    }

    /** Work done as one transaction on the store's connection. */
    interface Transaction<T> {
        T in(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} as one transaction, between the edits of the window: committed when it returns, rolled
     * back whole when it throws. {@code what} ends "Lectern could not ..." in the message of a failure.
     */
    synchronized <T> T inTransaction(String what, Transaction<T> work) {
        try {
            authors.load(connection);
            T result = work.in(connection);
            // Records written and then rolled back to a savepoint may have named authors the file no longer holds.
            authors.reload(connection);
            connection.commit();
            if (checkpoint != null) {
                checkpoint.committed();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            rollBack();
            if (e instanceof StoreException told) {
                throw told;
            }
            if (DiskFull.isCause(e) || DamagedFile.isCause(e)) {
                throw new StoreException(whyNotSaved(e), e);
            }
            throw new StoreException("Lectern could not " + what + " (" + location.getFileName() + "), so nothing"
                    + " of it was saved: " + ProjectFiles.plainMessage(e) + ".", e);
        }
    }

    /** The table of highlights, for a download that writes them its own way. */
    AnnotationTable annotationTable() {
        return (AnnotationTable) tablesByKind.get(Annotation.class);
    }

    /** Writes records as an edit does, inside a transaction of {@link #inTransaction}; the caller closes it. */
    EditWriter writerOn(Connection connection) throws SQLException {
        authors.reload(connection);
        return new EditWriter(connection, authors, tablesByKind);
    }

    @Override
    public void write(List<Change> changes) {
        write(changes, () -> false);
    }

    /** Cancelling is checked between runs of the edit and just before the commit; a cancelled edit is rolled back. */
    @Override
    public synchronized void write(List<Change> changes, java.util.function.BooleanSupplier cancelled) {
        boolean checkedByHand = removesADocument(changes);
        try {
            if (checkedByHand) {
                foreignKeys(false);
            }
            try (Statement pragma = connection.createStatement()) {
                // An edit may save a record before the one it refers to; check the references at commit.
                pragma.execute("PRAGMA defer_foreign_keys = ON");
            }
            Set<String> deletedBy = new HashSet<>();
            for (Change change : changes) {
                if (change.after() == null) {
                    Stamps.authorOf(change.before()).ifPresent(deletedBy::add);
                }
            }
            try (EditWriter writer = new EditWriter(connection, authors, tablesByKind)) {
                writer.write(changes, cancelled);
            }
            if (schemaVersion >= ProjectFiles.TEAM_FORMAT) {
                // After the write, not before: a read first would make SQLite refuse, rather than wait for, a
                // write lock another Lectern holds on the file.
                TeamVersionsAsHeld.noteReplaced(connection, changes);
            }
            authors.forgetUnnamed(connection, deletedBy);
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("cancelled before the commit");
            }
            if (checkedByHand) {
                checkReferencesToHighlights();
            }
            connection.commit();
            if (checkpoint != null) {
                checkpoint.committed();
            }
        } catch (java.util.concurrent.CancellationException e) {
            rollBack();
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollBack();
            throw new StoreException(whyNotSaved(e), e);
        } finally {
            if (checkedByHand) {
                try {
                    foreignKeys(true);
                } catch (SQLException e) {
                    throw new StoreException(whyNotSaved(e), e);
                }
            }
        }
    }

    /** The tables whose rows refer to a highlight, and the highlights themselves. */
    private static final List<String> CHECKED_BY_HAND = List.of("actor_mention", "claim_passage", "evidence_passage",
            "review_decision", "annotation");

    /**
     * Removing a document deletes thousands of highlights, and SQLite runs its cascades to the four tables that
     * refer to highlights once per highlight, which costs more than the deletion itself. Lectern's edit already
     * takes every reference away first, so for an edit that deletes only documents and highlights (and updates what
     * refers to them) the foreign keys are off and the tables concerned
     * are checked once before the commit instead: a reference left behind still refuses the whole edit.
     */
    private static boolean removesADocument(List<Change> changes) {
        boolean removesDocument = false;
        for (Change change : changes) {
            if (change.after() == null) {
                if (change.before() instanceof Document) {
                    removesDocument = true;
                } else if (!(change.before() instanceof Annotation)) {
                    return false; // deleting an actor, a claim or a tag leaves its cascades to SQLite
                }
            }
        }
        return removesDocument;
    }

    /** Switched only between transactions, where SQLite takes the setting (within one it is ignored). */
    private void foreignKeys(boolean on) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        } finally {
            connection.setAutoCommit(false);
        }
    }

    private void checkReferencesToHighlights() throws SQLException {
        try (Statement check = connection.createStatement()) {
            for (String table : CHECKED_BY_HAND) {
                try (java.sql.ResultSet broken = check.executeQuery("PRAGMA foreign_key_check(" + table + ")")) {
                    if (broken.next()) {
                        throw new SQLException("FOREIGN KEY constraint failed: " + table + " refers to a "
                                + broken.getString("parent") + " that is not there");
                    }
                }
            }
        }
    }

    /** What an analyst needs to hear: nothing of the change is in the file, and what to do when it is the disk. */
    private String whyNotSaved(Exception e) {
        if (DiskFull.isCause(e)) {
            return "The last change was not saved because the disk holding " + location.getFileName() + " is full: "
                    + DiskFull.WHAT_TO_DO;
        }
        if (DamagedFile.isCause(e)) {
            return "The last change was not saved, as " + DamagedFile.message(location.getFileName().toString());
        }
        return "Lectern could not save the last change to " + location.getFileName()
                + ", so nothing of it was saved (" + ProjectFiles.plainMessage(e) + ").";
    }

    private void rollBack() {
        try {
            connection.rollback();
            authors.reload(connection);
            connection.commit();
        } catch (SQLException ignored) {
            // The write already failed and says so; a failed rollback leaves SQLite to roll back on close.
        }
    }

    /**
     * VACUUM INTO writes a compact copy through SQLite itself, the WAL's contents included, from one consistent
     * snapshot. It runs on a connection of its own, so that it holds up neither this store nor its writes:
     * Lectern goes on saving edits while a large project is copied.
     */
    @Override
    public void copyTo(Path target) {
        try (Connection reader = ProjectFiles.readerOf(location);
             Statement statement = reader.createStatement()) {
            statement.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            if (DiskFull.isCause(e)) {
                throw new StoreException("Lectern could not copy " + location.getFileName() + " to "
                        + target.getFileName() + " because the disk is full: " + DiskFull.WHAT_TO_DO, e);
            }
            throw new StoreException("Lectern could not copy " + location.getFileName() + " to "
                    + target.getFileName() + ": " + ProjectFiles.plainMessage(e), e);
        }
    }

    @Override
    public synchronized void close() {
        if (checkpoint != null) {
            checkpoint.close();
        }
        synchronized (readerLock) {
            try {
                if (reader != null) {
                    reader.close();
                }
            } catch (SQLException ignored) {
                // It only read; closing the store's own connection below is what matters.
            }
        }
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException("Lectern could not close " + location.getFileName() + ": "
                    + ProjectFiles.plainMessage(e) + ".", e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
