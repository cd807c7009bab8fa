package org.lectern.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.prefs.Preferences;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.lectern.io.BundledSample;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Passage;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.ProjectSession;
import org.lectern.service.team.Arrivals;
import org.lectern.service.team.Outgoing;
import org.lectern.service.team.SyncReport;
import org.lectern.service.team.TeamProjects;
import org.lectern.service.team.TeamSettings;
import org.lectern.service.team.TeamSignIn;
import org.lectern.service.team.TeamSync;
import org.lectern.store.IncomingRecord;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.store.TeamLedger;
import org.lectern.store.team.PushResult;
import org.lectern.store.team.RecordJson;
import org.lectern.store.team.ServerRecord;
import org.lectern.store.team.TeamAdmin;
import org.lectern.store.team.TeamChanges;
import org.lectern.store.team.TeamRole;
import org.lectern.store.team.TeamServer;
import org.lectern.team.TestServer.TestDatabase;
import org.lectern.team.TestServer;
import org.lectern.text.Passages;
import org.lectern.ui.MainWindow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Section 10: a team project on the embedded PostgreSQL 14 of the team tests ({@link TestServer}; the server named
 * by {@code LECTERN_TEST_PG_URL} when set). A lead and 50 analysts, each with a login of their own; the lead
 * publishes 1,000 documents of about 36,000 characters and the tags through {@link TeamServer}, and each analyst
 * has 10 annotations on each document (500,000 in all), loaded with one {@code COPY} (see {@link #generate}).
 * That setup is not a figure. Measured,
 * beside the targets: the server's database size per 100,000 annotations; 1,000 records pushed through
 * {@code TeamServer} directly (the server's share of sending); the first download of the team project into a new
 * local project (target ≤ 10 s); 1,000 edits made offline and sent by one synchronisation (≤ 1 s); and, with 50
 * clients editing at once at a human pace, each with its own login and local project and a live loop (LISTEN, then
 * fetch and apply), the time from an edit's local commit to its arrival in each colleague's local project (p99 ≤
 * 2 s).
 *
 * <p>Sizes (system properties): {@code lectern.benchmark.teamAnalysts} (50), {@code teamDocuments} (1,000),
 * {@code teamAnnotationsPerDocument} per analyst (10), {@code teamLiveSeconds} (60); {@code teamDownloadRuns} (1) first
 * downloads one after the other, and {@code teamDownloadOnly} (false) stops after them.
 */
final class TeamBench {
    static final int ANALYSTS = Integer.getInteger("lectern.benchmark.teamAnalysts", 50);
    static final int DOCUMENTS = Integer.getInteger("lectern.benchmark.teamDocuments", 1_000);
    static final int PER_ANALYST_PER_DOCUMENT = Integer.getInteger("lectern.benchmark.teamAnnotationsPerDocument", 10);
    static final int PARAGRAPHS = 40;
    static final int CHARS_PER_DOCUMENT = 36_000;
    static final int EDITS = 1_000;
    /** How many times the first download is made (each into a new file), to see how much one run varies. */
    static final int DOWNLOAD_RUNS = Integer.getInteger("lectern.benchmark.teamDownloadRuns", 1);
    /** Documents generated at a time (and, when pushed, each analyst's annotations on them in one push). */
    private static final int DOCUMENTS_PER_ROUND = 100;
    static final String LEAD = "Lena Lead";
    private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

    private final Path work;
    private final PrintStream out;
    private final List<String> summary;
    private TestDatabase db;
    private final List<String> analysts = new ArrayList<>();
    private final List<Tag> tags = BundledSample.defaultTags().stream().map(t -> t.toTag(UUID.randomUUID())).toList();
    private final List<UUID> documentIds = new ArrayList<>();
    private long annotations;
    /** Analyst 01's first 1,000 annotations, the ones edited in (b) and (d). */
    private final List<Annotation> ownAnnotations = new ArrayList<>();
    /** Articles of the first documents, for the live clients' new highlights. */
    private final Map<Integer, ArticleGenerator> liveArticles = new ConcurrentHashMap<>();
    private long stampMillis;

    TeamBench(Path work, PrintStream out, List<String> summary) {
        this.work = work;
        this.out = out;
        this.summary = summary;
    }

    void run() throws Exception {
        long t0 = System.nanoTime();
        out.println();
        out.printf(Locale.ROOT, "10. A team project on PostgreSQL: %d analysts, %,d documents, %,d annotations%n",
                ANALYSTS, DOCUMENTS, (long) ANALYSTS * DOCUMENTS * PER_ANALYST_PER_DOCUMENT);
        setUpTeam();
        generate();
        databaseSize();
        directPushes();
        Path downloaded = firstDownload();
        if (Boolean.getBoolean("lectern.benchmark.teamDownloadOnly")) {
            return;
        }
        windowJoin();
        List<Path> clientFiles = clientProjects(downloaded);
        editsSent(downloaded);
        live(clientFiles);
        out.printf(Locale.ROOT, "   Section 10 took %.1f s in all%n", (System.nanoTime() - t0) / 1e9);
    }

    // Setup ---------------------------------------------------------------------------------------------------------

    private void setUpTeam() throws Exception {
        long t0 = System.nanoTime();
        db = TestServer.freshDatabase();
        try (TeamAdmin admin = TeamAdmin.at(db.ownerAddress(), db.ownerPassword())) {
            admin.init();
            admin.addMember(login(LEAD), LEAD, TeamRole.LEAD, password(LEAD));
            for (int a = 0; a < ANALYSTS; a++) {
                String name = analyst(a);
                analysts.add(name);
                admin.addMember(login(name), name, TeamRole.ANALYST, password(name));
            }
        }
        out.printf(Locale.ROOT, "   Server: %s; team database set up, %d logins added, in %.1f s%n", serverSettings(),
                ANALYSTS + 1, (System.nanoTime() - t0) / 1e9);
    }

    private String serverSettings() throws Exception {
        try (Connection admin = db.admin(); Statement statement = admin.createStatement();
             ResultSet row = statement.executeQuery("SELECT version(), current_setting('synchronous_commit'),"
                     + " current_setting('fsync'), current_setting('shared_buffers'),"
                     + " current_setting('max_connections')")) {
            row.next();
            String version = row.getString(1);
            return String.format(Locale.ROOT, "%s (synchronous_commit %s, fsync %s, shared_buffers %s,"
                    + " max_connections %s)", version.substring(0, version.indexOf(' ', "PostgreSQL ".length())),
                    row.getString(2), row.getString(3), row.getString(4), row.getString(5));
        }
    }

    static String analyst(int index) {
        return String.format(Locale.ROOT, "Analyst %02d", index + 1);
    }

    String login(String name) {
        return db.login(name.replace(" ", "").toLowerCase(Locale.ROOT));
    }

    char[] password(String name) {
        return (login(name) + "-pw").toCharArray();
    }

    TeamServer connect(String name) {
        return TeamServer.connect(db.address(login(name)), password(name));
    }

    /** The article of document {@code index}, made again from its seed when needed rather than kept in memory. */
    static ArticleGenerator article(int index) {
        return new ArticleGenerator(2_000_003L * (index + 1), PARAGRAPHS, CHARS_PER_DOCUMENT);
    }

    /** A stamp time of its own for every record made, so that no two versions tie. */
    private Instant nextStamp() {
        return START.plusMillis(stampMillis++);
    }

    /**
     * The lead publishes the tags and the documents through {@link TeamServer}, as Lectern does. The annotations
     * (500,000 by default) are loaded by the server's administrator with one {@code COPY} (row-level security,
     * which holds for the schema's owner too, refuses COPY; a superuser bypasses it), each row with its author's login
     * as owner and their name as author, the server's trigger giving each its rev as for a push: pushing them as
     * their authors, 1,000 at a time, ran at about 4,000 records a second here, two minutes of setup for the full
     * size. {@code -Dlectern.benchmark.teamLoadByPush=true} pushes them instead.
     */
    private void generate() throws Exception {
        long t0 = System.nanoTime();
        long loadNanos = 0;
        boolean byPush = Boolean.getBoolean("lectern.benchmark.teamLoadByPush");
        List<TeamServer> connections = new ArrayList<>();
        try (TeamServer lead = connect(LEAD);
             Connection admin = db.admin()) {
            if (byPush) {
                for (String name : analysts) {
                    connections.add(connect(name));
                }
            }
            List<ServerRecord> tagRecords = new ArrayList<>();
            for (Tag tag : tags) {
                tagRecords.add(RecordJson.toServer(tag, LEAD, nextStamp(), false, false));
            }
            requireWritten(lead.push(tagRecords), tagRecords.size());
            for (int first = 0; first < DOCUMENTS; first += DOCUMENTS_PER_ROUND) {
                List<ServerRecord> documents = new ArrayList<>();
                for (int d = first; d < Math.min(DOCUMENTS, first + DOCUMENTS_PER_ROUND); d++) {
                    String text = article(d).text;
                    Instant stamp = nextStamp();
                    Document document = new Document(UUID.randomUUID(), String.format(Locale.ROOT, "Report %04d", d + 1),
                            DocumentMetadata.EMPTY, text, new Stamp(LEAD, stamp, stamp));
                    documentIds.add(document.id());
                    documents.add(RecordJson.toServer(document, LEAD, stamp, false, false));
                }
                long p0 = System.nanoTime();
                requireWritten(lead.push(documents), documents.size());
                loadNanos += System.nanoTime() - p0;
            }
            // One COPY, one transaction: it holds the write lock until it commits (no push can run beside it).
            admin.setAutoCommit(false);
            CopyIn copy = byPush ? null : admin.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY lectern.record"
                    + " (id, kind, owner, author, adjudicated, document_id, body, modified, deleted) FROM STDIN");
            for (int first = 0; first < DOCUMENTS; first += DOCUMENTS_PER_ROUND) {
                int last = Math.min(DOCUMENTS, first + DOCUMENTS_PER_ROUND);
                List<ArticleGenerator> articles = new ArrayList<>();
                for (int d = first; d < last; d++) {
                    articles.add(article(d));
                }
                StringBuilder rows = new StringBuilder();
                for (int a = 0; a < ANALYSTS; a++) {
                    List<ServerRecord> records = new ArrayList<>();
                    for (int d = first; d < last; d++) {
                        annotate(articles.get(d - first), d, a, records);
                    }
                    long q0 = System.nanoTime();
                    if (byPush) {
                        requireWritten(connections.get(a).push(records), records.size());
                    } else {
                        String login = login(analysts.get(a));
                        records.forEach(record -> copyRow(rows, record, login));
                        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        rows.setLength(0);
                    }
                    loadNanos += System.nanoTime() - q0;
                    annotations += records.size();
                }
            }
            if (copy != null) {
                long c0 = System.nanoTime();
                long copied = copy.endCopy();
                admin.commit();
                loadNanos += System.nanoTime() - c0;
                if (copied != annotations) {
                    throw new IllegalStateException("COPY loaded " + copied + " rows, not " + annotations);
                }
            }
        } finally {
            connections.forEach(TeamServer::close);
        }
        out.printf(Locale.ROOT, "   Generated: the lead pushed %d tags and %,d documents through TeamServer; %,d annotations"
                + " %s, in %.1f s (%.1f s of it in the server)%n", tags.size(), DOCUMENTS, annotations,
                byPush ? "pushed by their authors through TeamServer, 1,000 at a time"
                        : "loaded by the server's administrator with COPY (owner and author: each analyst's login and name)",
                (System.nanoTime() - t0) / 1e9, loadNanos / 1e9);
    }

    /** One row of COPY's text format: tab-separated, backslashes doubled, \N for null. */
    private static void copyRow(StringBuilder rows, ServerRecord record, String login) {
        rows.append(record.id()).append('\t').append(record.kind()).append('\t').append(login).append('\t')
                .append(record.author()).append('\t').append(record.adjudicated()).append('\t')
                .append(record.documentId() == null ? "\\N" : record.documentId().toString()).append('\t');
        String body = record.bodyJson();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
        rows.append('\t').append(record.modified().truncatedTo(ChronoUnit.MICROS)).append('\t')
                .append(record.deleted()).append('\n');
    }

    /**
     * Analyst {@code a}'s annotations on document {@code d}: 10 of the document's 30 passages worth marking, half
     * of them exactly, the others a few characters off at either end, as in section 8's corpus.
     */
    private void annotate(ArticleGenerator article, int d, int a, List<ServerRecord> into) {
        List<int[]> worth = article.highlights(77L + d, 30, tags.size());
        Random random = new Random(991L * (d + 1) + 7919L * a);
        int length = article.text.length();
        String author = analysts.get(a);
        for (int n = 0; n < PER_ANALYST_PER_DOCUMENT; n++) {
            int[] passage = worth.get(random.nextInt(worth.size()));
            int start = passage[0];
            int end = passage[1];
            if (random.nextBoolean()) {
                start = Math.min(length - 1, Math.max(0, start + random.nextInt(7) - 3));
                end = Math.min(length, Math.max(start + 1, end + random.nextInt(7) - 3));
            }
            int tag = random.nextInt(10) < 7 ? passage[2] : random.nextInt(tags.size());
            Passage text = Passages.of(article.text, start, end);
            Instant stamp = nextStamp();
            Annotation annotation = new Annotation(UUID.randomUUID(), documentIds.get(d), text, tags.get(tag).id(), "",
                    new Stamp(author, stamp, stamp));
            into.add(RecordJson.toServer(annotation, author, stamp, false, false));
        }
    }

    private static void requireWritten(PushResult result, int expected) {
        if (result.written().size() != expected) {
            throw new IllegalStateException("The server wrote " + result.written().size() + " of " + expected
                    + " records (stale " + result.stale().size() + ", refused " + result.refused().size() + ")");
        }
    }

    // Database size -------------------------------------------------------------------------------------------------

    /** After VACUUM ANALYZE (as a server's autovacuum would have run): the database and lectern.record, per 100k. */
    private void databaseSize() throws Exception {
        try (Connection admin = db.admin(); Statement statement = admin.createStatement()) {
            statement.execute("VACUUM ANALYZE lectern.record");
            try (ResultSet row = statement.executeQuery("SELECT pg_database_size(current_database()),"
                    + " pg_total_relation_size('lectern.record'), pg_relation_size('lectern.record'),"
                    + " pg_indexes_size('lectern.record'),"
                    + " (SELECT sum(pg_column_size(body)) FROM lectern.record WHERE kind = 'document'),"
                    + " (SELECT count(*) FROM lectern.record WHERE kind = 'annotation')")) {
                row.next();
                double database = row.getLong(1) / 1048576.0;
                double record = row.getLong(2) / 1048576.0;
                double heap = row.getLong(3) / 1048576.0;
                double indexes = row.getLong(4) / 1048576.0;
                double documentBodies = row.getLong(5) / 1048576.0;
                long count = row.getLong(6);
                if (count != annotations) {
                    throw new IllegalStateException("The server holds " + count + " annotations, not " + annotations);
                }
                double per100k = 100_000.0 / count;
                out.printf(Locale.ROOT, "   (a) database size: %,.0f MB; lectern.record %,.0f MB (table %,.0f MB, indexes"
                        + " %,.0f MB; the documents' bodies %,.0f MB of it, compressed); %,d annotations%n",
                        database, record, heap, indexes, documentBodies, count);
                out.printf(Locale.ROOT, "       per 100k annotations: database %,.1f MB, lectern.record %,.1f MB,"
                        + " without the documents %,.1f MB%n", database * per100k, record * per100k,
                        (record - documentBodies) * per100k);
                summary.add(String.format(Locale.ROOT, "10a server size per 100k annotations: database %,.1f MB,"
                        + " lectern.record %,.1f MB (%,.1f MB without the 1,000 documents' text)   target —",
                        database * per100k, record * per100k, (record - documentBodies) * per100k));
            }
        }
    }

    // Pushes straight through TeamServer ----------------------------------------------------------------------------

    /**
     * The server's share of sending 1,000 edits: one analyst's push of 1,000 new versions of their annotations, as
     * one transaction, timed around {@link TeamServer#push} (5 runs after 1 warm-up, each on versions not sent
     * before).
     */
    private void directPushes() throws Exception {
        String author = analysts.get(0);
        List<Long> times = new ArrayList<>();
        try (TeamServer server = connect(author)) {
            List<Annotation> own = ownAnnotations;
            long rev = 0;
            while (own.size() < EDITS) {
                List<ServerRecord> page = server.changesSince(rev, 5_000);
                if (page.isEmpty()) {
                    break;
                }
                for (ServerRecord record : page) {
                    if (record.kind().equals("annotation") && record.author().equals(author) && own.size() < EDITS) {
                        own.add((Annotation) RecordJson.read(record));
                    }
                }
                rev = page.get(page.size() - 1).rev();
            }
            for (int run = 0; run < 6; run++) {
                List<ServerRecord> versions = new ArrayList<>();
                for (Annotation annotation : own) {
                    Instant stamp = nextStamp();
                    Annotation edited = new Annotation(annotation.id(), annotation.documentId(), annotation.passage(),
                            annotation.tagId(), "Checked, run " + run,
                            new Stamp(author, annotation.stamp().created(), stamp));
                    versions.add(RecordJson.toServer(edited, author, stamp, false, false));
                }
                long t0 = System.nanoTime();
                PushResult result = server.push(versions);
                long took = System.nanoTime() - t0;
                requireWritten(result, EDITS);
                if (run > 0) {
                    times.add(took);
                }
            }
        }
        Stats stats = new Stats(times);
        out.printf(Locale.ROOT, "   (b) 1,000 edited annotations pushed through TeamServer as one transaction: median"
                + " %.1f ms, max %.1f ms (5 runs after 1 warm-up; the server's share of the 1 s target)%n",
                stats.median(), stats.max());
        summary.add(String.format(Locale.ROOT, "10b 1,000 edits pushed (TeamServer.push): median %7.1f ms  max %7.1f ms"
                + "   part of ≤ 1 s  %s", stats.median(), stats.max(), Stats.verdict(stats.median() <= 1_000)));
    }

    // First download --------------------------------------------------------------------------------------------

    /**
     * {@code lectern team sync} to a project file that does not exist yet ({@link TeamProjects#download}), as
     * Analyst 01: every record of the team into a new local project. Timed from the call to the closed file;
     * connecting is shown apart. Then the same connection fetches everything again without applying it
     * ({@link TeamSync#fetch}: the server's reading, the network and the JSON), to show where the time goes.
     */
    private Path firstDownload() throws Exception {
        Path file = null;
        for (int run = 1; run <= DOWNLOAD_RUNS; run++) {
            file = firstDownload(work.resolve(DOWNLOAD_RUNS == 1 ? "analyst01.lectern" : "analyst01-" + run + ".lectern"));
        }
        return file;
    }

    private Path firstDownload(Path file) throws Exception {
        long c0 = System.nanoTime();
        try (TeamServer server = connect(analysts.get(0))) {
            long connecting = System.nanoTime() - c0;
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            SyncReport report = TeamProjects.download(file, server);
            long took = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            long expected = tags.size() + DOCUMENTS + annotations;
            long inFile = count(file, "annotation");
            if (report.received().applied() != expected || inFile != annotations) {
                throw new IllegalStateException("The download applied " + report.received().applied() + " of "
                        + expected + " records; the file holds " + inFile + " annotations");
            }
            long f0 = System.nanoTime();
            Arrivals again = new TeamSync(server).fetch(0);
            long fetching = System.nanoTime() - f0;
            if (again.records().size() != expected) {
                throw new IllegalStateException("fetch(0) read " + again.records().size() + " records");
            }
            double seconds = took / 1e9;
            out.printf(Locale.ROOT, "   (c) first download into a new local project (TeamProjects.download, as `lectern"
                    + " team sync` to a missing file): %.2f s for %,d records, file %,d MB (connecting %.0f ms"
                    + " before it)  target <= 10 s  %s%n", seconds, expected, Files.size(file) >> 20,
                    connecting / 1e6, Stats.verdict(seconds <= 10));
            out.printf(Locale.ROOT, "       Lectern's process used %.2f s of CPU for it (the server's is apart). Reading"
                    + " alone, TeamSync.fetch(0) afterwards on the same connection (server, network, JSON into records):"
                    + " %.2f s; the download writes the project while it reads%n", cpu / 1e9, fetching / 1e9);
            summary.add(String.format(Locale.ROOT, "10c first download, %,d records:       %7.2f s (fetch alone"
                    + " %.2f s)   target <= 10 s  %s", expected, seconds, fetching / 1e9, Stats.verdict(seconds <= 10)));
        }
        return file;
    }

    /**
     * (f) An analyst joins the team from the window: a new, empty project open in Lectern's window, File → Connect
     * to team project…, until the window holds every record of the team. The records are read by the connection,
     * written to the file as a first download on a worker, then followed by the window in slices.
     */
    private void windowJoin() throws Exception {
        StallBench.startToolkit();
        String name = analysts.get(1);
        Path file = work.resolve("window-join.lectern");
        ProjectFiles.create(file).close();
        BenchDialogs dialogs = new BenchDialogs() {
            @Override
            public Optional<TeamSignIn> askTeamSignIn(TeamSettings initial, boolean addressFixed) {
                return Optional.of(new TeamSignIn(TeamSettings.of(db.url(), login(name)), password(name)));
            }
        };
        Preferences node = Preferences.userRoot().node("lectern-bench-join-" + UUID.randomUUID());
        MainWindow window = WindowBench.fx(() -> {
            MainWindow w = new MainWindow(new Stage(), new AnalystPreferences(node), dialogs);
            WindowBench.require(w.openProject(file, name), "the empty project opens");
            w.show();
            return w;
        });
        try {
            MenuBar bar = WindowBench.fx(() -> (MenuBar) window.stage().getScene().lookup("#menu-bar"));
            MenuItem connect = WindowBench.fx(() -> bar.getMenus().stream()
                    .flatMap(menu -> menu.getItems().stream())
                    .filter(item -> item.getText() != null && item.getText().replace("_", "")
                            .startsWith("Connect to team project")).findFirst().orElseThrow());
            long t0 = System.nanoTime();
            WindowBench.fx(() -> {
                connect.fire();
                return null;
            });
            long deadline = t0 + TimeUnit.MINUTES.toNanos(10);
            long[] shown = new long[2];
            while (true) {
                WindowBench.fx(() -> {
                    var state = window.model().session().state();
                    shown[0] = state.annotationCount();
                    shown[1] = window.model().longEditRunningProperty().get() ? 1 : 0;
                    return null;
                });
                if (shown[0] >= annotations && shown[1] == 0) {
                    break;
                }
                WindowBench.require(System.nanoTime() < deadline, "the window held the team's " + annotations
                        + " highlights within 10 minutes (it holds " + shown[0] + "; " + dialogs.messages + ")");
                LockSupport.parkNanos(20_000_000L);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "   (f) joining from the window (an empty project, File → Connect to team project…,"
                    + " until the window holds all %,d highlights): %.1f s%n", annotations, seconds);
            summary.add(String.format(Locale.ROOT, "10f joining the team from the window:  %7.1f s   (no target; the"
                    + " first download from the command line is 10c)", seconds));
        } finally {
            WindowBench.fx(() -> {
                window.stage().close();
                window.model().detach();
                return null;
            });
            node.removeNode();
        }
    }

    private static long count(Path file, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * A local project for each live client: a copy of the download, linked to the client's own login (what the
     * first download would give each of them, without 50 downloads).
     */
    private List<Path> clientProjects(Path downloaded) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int a = 0; a < ANALYSTS; a++) {
            Path copy = work.resolve(String.format(Locale.ROOT, "client-%02d.lectern", a + 1));
            Files.copy(downloaded, copy);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
                 PreparedStatement link = connection.prepareStatement("UPDATE team_link SET user_name = ?")) {
                link.setString(1, login(analysts.get(a)));
                link.executeUpdate();
            }
            files.add(copy);
        }
        return files;
    }

    // 1,000 edits sent ------------------------------------------------------------------------------------------

    /**
     * Analyst 01, offline, changes the note of 1,000 of their highlights (1,000 edits, each saved as the window
     * saves it: {@link ProjectSession#perform}); then one synchronisation ({@link TeamSync#syncOnce}: pull, push,
     * mark synchronised) sends them. 3 rounds, each timed around the synchronisation; the records a round sent
     * come back from the server at the next pull, so each round first synchronises untimed to take them in. Then a
     * fourth round, without that, whose steps are timed one by one.
     */
    private void editsSent(Path file) throws Exception {
        String author = analysts.get(0);
        List<Long> times = new ArrayList<>();
        try (ProjectStore store = ProjectFiles.open(file);
             ProjectSession session = new ProjectSession(store, author);
             TeamServer server = connect(author)) {
            TeamSync sync = new TeamSync(server);
            TeamLedger ledger = session.teamLedger().orElseThrow();
            for (int round = 1; round <= 4; round++) {
                if (round < 4) {
                    // What the last round sent comes back at the next pull; taken in here, untimed (see round 4).
                    sync.syncOnce(session);
                }
                long e0 = System.nanoTime();
                for (Annotation annotation : ownAnnotations) {
                    session.perform(session.edits().setNote(annotation.id(), "Checked again, round " + round));
                }
                long editing = System.nanoTime() - e0;
                if (round < 4) {
                    long t0 = System.nanoTime();
                    SyncReport report = sync.syncOnce(session);
                    times.add(System.nanoTime() - t0);
                    if (report.sent().written().size() != EDITS) {
                        throw new IllegalStateException("The sync sent " + report.summary());
                    }
                    if (round == 1) {
                        out.printf(Locale.ROOT, "       (1,000 edits made offline through ProjectSession.perform in %.1f s)%n",
                                editing / 1e9);
                    }
                } else {
                    long t0 = System.nanoTime();
                    Arrivals arrivals = sync.fetch(ledger.lastRev());
                    long t1 = System.nanoTime();
                    if (!arrivals.isEmpty()) {
                        session.receive(arrivals);
                    }
                    long t2 = System.nanoTime();
                    Outgoing outgoing = sync.outgoing(ledger);
                    long t3 = System.nanoTime();
                    PushResult result = sync.send(outgoing);
                    long t4 = System.nanoTime();
                    sync.confirm(ledger, outgoing);
                    long t5 = System.nanoTime();
                    server.markSynchronised();
                    long t6 = System.nanoTime();
                    requireWritten(result, EDITS);
                    out.printf(Locale.ROOT, "       its steps, a 4th round without that: fetch %.1f ms, receive %.1f ms (%d records: the"
                            + " 3rd round's own edits coming back),"
                            + " outgoing (read the outbox) %.1f ms, send %.1f ms, confirm %.1f ms, mark synchronised"
                            + " %.1f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, arrivals.records().size(),
                            (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6, (t6 - t5) / 1e6);
                }
            }
        }
        Stats stats = new Stats(times);
        out.printf(Locale.ROOT, "   (d) 1,000 edits made offline, then sent by one synchronisation (TeamSync.syncOnce):"
                + " median %.1f ms, max %.1f ms over %d rounds  target <= 1 s  %s%n", stats.median(), stats.max(),
                stats.count(), Stats.verdict(stats.median() <= 1_000));
        summary.add(String.format(Locale.ROOT, "10d 1,000 offline edits sent by one sync: median %7.1f ms  max %7.1f ms"
                + "   target <= 1 s  %s", stats.median(), stats.max(), Stats.verdict(stats.median() <= 1_000)));
    }

    // Live: 50 clients editing at once --------------------------------------------------------------------------

    /**
     * Every analyst at once, each a client of their own on a thread of its own: their own login, their own local
     * project (store and ledger, as {@code lectern team sync} uses them, without a window), and a live loop. The
     * loop waits on {@code LISTEN lectern_changes} ({@link TeamChanges}) until the analyst's next edit is due; when
     * the server rings it fetches what is new and applies it to the local project ({@link TeamSync#fetch},
     * {@link TeamLedger#applyIncoming}); when the edit is due it saves a new highlight in the local project and
     * sends it at once (outgoing, send, confirm). Edits come one every 1 to 3 s (uniformly) per analyst. Measured:
     * from an edit's local commit to its commit in each colleague's local project. After the editing time, the
     * clients keep listening until every edit has reached every colleague (or 30 s pass).
     */
    private void live(List<Path> files) throws Exception {
        int seconds = Integer.getInteger("lectern.benchmark.teamLiveSeconds", 60);
        List<LiveClient> clients = new ArrayList<>();
        long s0 = System.nanoTime();
        for (int a = 0; a < files.size(); a++) {
            clients.add(new LiveClient(a, files.get(a)));
        }
        out.printf(Locale.ROOT, "       (%d clients connected, their projects caught up, in %.1f s)%n", clients.size(),
                (System.nanoTime() - s0) / 1e9);
        Live live = new Live(clients.size(), System.nanoTime() + seconds * 1_000_000_000L);
        List<Thread> threads = new ArrayList<>();
        for (LiveClient client : clients) {
            Thread thread = new Thread(() -> client.run(live), "team-client-" + client.index);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        clients.forEach(LiveClient::close);
        for (LiveClient client : clients) {
            if (client.failure != null) {
                throw new IllegalStateException("Client " + (client.index + 1) + " failed", client.failure);
            }
        }
        long expected = (long) live.edits.get() * (clients.size() - 1);
        List<String> lacking = filesLacking(files, live.committed.keySet());
        boolean filesHoldAll = lacking.isEmpty();
        Stats arrivals = new Stats(new ArrayList<>(live.arrivals));
        boolean pass = arrivals.percentile(99) <= 2_000 && arrivals.count() == expected && filesHoldAll;
        Stats sending = new Stats(new ArrayList<>(live.sends));
        long pulls = clients.stream().mapToLong(c -> c.pulls).sum();
        long pulled = clients.stream().mapToLong(c -> c.pulled).sum();
        out.printf(Locale.ROOT, "   (e) an edit reaching a colleague's local project, %d clients editing at once for %d s"
                + " (one edit every 1-3 s each): %,d edits, %,d arrivals of %,d expected%n", clients.size(), seconds,
                live.edits.get(), arrivals.count(), expected);
        out.printf(Locale.ROOT, "       local commit -> committed in the colleague's project: %s  target p99 <= 2 s  %s%n",
                arrivals.percentiles(), Stats.verdict(pass));
        out.printf(Locale.ROOT, "       local commit -> sent and confirmed by its author: %s; %,d pulls by the clients,"
                + " %.1f records each on average%n", sending.percentiles(), pulls, pulls == 0 ? 0 : (double) pulled / pulls);
        out.printf(Locale.ROOT, "       File check: every client's project holds the %,d highlights made live: %s%n",
                live.committed.size(), filesHoldAll ? "OK" : "NO (" + String.join("; ", lacking) + ")");
        summary.add(String.format(Locale.ROOT, "10e edit -> colleague's project, %d clients: p50 %7.1f ms  p99 %7.1f ms"
                + " (%,d arrivals)   target p99 <= 2 s  %s", clients.size(), arrivals.percentile(50),
                arrivals.percentile(99), arrivals.count(),
                Stats.verdict(pass)));
    }

    /**
     * The ground truth behind the arrival count: the clients whose project file, read after the clients closed,
     * does not hold every highlight made during the live run (its own and every colleague's).
     */
    private List<String> filesLacking(List<Path> files, Set<UUID> made) throws Exception {
        List<String> lacking = new ArrayList<>();
        String marks = String.join(",", Collections.nCopies(made.size(), "?"));
        for (int a = 0; a < files.size(); a++) {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + files.get(a).toAbsolutePath());
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT count(*) FROM annotation WHERE id IN (" + marks + ")")) {
                int i = 1;
                for (UUID id : made) {
                    query.setString(i++, id.toString());
                }
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getLong(1) != made.size()) {
                        lacking.add("analyst " + (a + 1) + " holds " + row.getLong(1));
                    }
                }
            }
        }
        return lacking;
    }

    /** What the clients share: when editing ends, when each edit was committed, and the times measured. */
    private static final class Live {
        final long editingEnds;
        final long listeningEnds;
        final Map<UUID, Long> committed = new ConcurrentHashMap<>();
        final AtomicInteger edits = new AtomicInteger();
        final AtomicLong arrived = new AtomicLong();
        final Queue<Long> arrivals = new ConcurrentLinkedQueue<>();
        final Queue<Long> sends = new ConcurrentLinkedQueue<>();
        final int clients;

        Live(int clients, long editingEnds) {
            this.clients = clients;
            this.editingEnds = editingEnds;
            this.listeningEnds = editingEnds + 30_000_000_000L;
        }

        /** Clients past their last edit: until all are, an edit may still be on its way to being counted. */
        final AtomicInteger doneEditing = new AtomicInteger();

        boolean allArrived() {
            return doneEditing.get() == clients && arrived.get() >= (long) edits.get() * (clients - 1);
        }
    }

    /** One analyst's Lectern: their local project, their connections, and their live loop. */
    private final class LiveClient {
        final int index;
        final String name;
        final ProjectStore store;
        final TeamLedger ledger;
        final TeamServer server;
        final TeamSync sync;
        final TeamChanges changes;
        final Random random;
        long pulls;
        long pulled;
        final Set<UUID> received = new HashSet<>();
        Throwable failure;

        LiveClient(int index, Path file) throws Exception {
            this.index = index;
            this.name = analysts.get(index);
            this.store = ProjectFiles.open(file);
            this.ledger = store.teamLedger().orElseThrow();
            this.server = connect(name);
            this.sync = new TeamSync(server);
            this.changes = server.listen();
            this.random = new Random(31L * (index + 1));
            Arrivals catchUp = sync.fetch(ledger.lastRev());
            ledger.applyIncoming(catchUp.records(), catchUp.lastRev(), RecordJson::write);
        }

        void run(Live live) {
            try {
                long nextEdit = System.nanoTime() + (long) (random.nextDouble() * 3e9);
                boolean counted = false;
                while (true) {
                    long now = System.nanoTime();
                    boolean editing = now < live.editingEnds;
                    if (!editing && !counted) {
                        // This client's last edit is counted in live.edits by now (edits run on this thread).
                        live.doneEditing.incrementAndGet();
                        counted = true;
                    }
                    if (!editing && (live.allArrived() || now > live.listeningEnds)) {
                        break;
                    }
                    if (editing && now >= nextEdit) {
                        edit(live);
                        nextEdit = System.nanoTime() + 1_000_000_000L + (long) (random.nextDouble() * 2e9);
                        continue;
                    }
                    long waitNanos = editing ? Math.min(nextEdit, live.editingEnds) - now : 200_000_000L;
                    if (changes.awaitChange(Duration.ofNanos(Math.max(1_000_000L, waitNanos)))) {
                        pull(live);
                    }
                }
            } catch (Throwable e) {
                failure = e;
            }
        }

        /** A new highlight on one of the first 100 documents, saved locally and sent at once. */
        private void edit(Live live) {
            int d = random.nextInt(Math.min(100, DOCUMENTS));
            ArticleGenerator article = liveArticles.computeIfAbsent(d, TeamBench::article);
            int[] range = article.randomSelection(random);
            Instant now = Instant.now();
            Annotation annotation = new Annotation(UUID.randomUUID(), documentIds.get(d),
                    Passages.of(article.text, range[0], range[1]), tags.get(random.nextInt(tags.size())).id(), "",
                    new Stamp(name, now, now));
            store.write(List.of(Change.created(annotation)));
            long committed = System.nanoTime();
            live.committed.put(annotation.id(), committed);
            live.edits.incrementAndGet();
            Outgoing outgoing = sync.outgoing(ledger);
            requireWritten(sync.send(outgoing), outgoing.records().size());
            sync.confirm(ledger, outgoing);
            live.sends.add(System.nanoTime() - committed);
        }

        private void pull(Live live) {
            Arrivals arrivals = sync.fetch(ledger.lastRev());
            if (arrivals.isEmpty()) {
                return;
            }
            ledger.applyIncoming(arrivals.records(), arrivals.lastRev(), RecordJson::write);
            long applied = System.nanoTime();
            pulls++;
            pulled += arrivals.records().size();
            for (IncomingRecord record : arrivals.records()) {
                Long committed = live.committed.get(record.id());
                // Each colleague's edit counts once, however many times a pull brings it.
                if (committed != null && !record.author().equals(name) && received.add(record.id())) {
                    live.arrivals.add(applied - committed);
                    live.arrived.incrementAndGet();
                }
            }
        }

        void close() {
            changes.close();
            server.close();
            store.close();
        }
    }
}
