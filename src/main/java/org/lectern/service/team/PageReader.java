package org.lectern.service.team;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.lectern.store.IncomingPage;
import org.lectern.store.IncomingPages;
import org.lectern.store.IncomingRecord;
import org.lectern.store.team.RecordJson;
import org.lectern.store.team.ServerRecord;
import org.lectern.store.team.TeamServer;

/**
 * The team's records after a revision, read page by page on a thread of its own: while one page is being
 * written into the project, the server is already sending the next and its JSON is being read. A first download
 * of a large team then takes about as long as the slower of the two, not both. The pages come in the server's
 * order; a failure of the reading comes out of {@link #next()} (or {@link #hasNext()}) as it was thrown. Close it
 * before the server's connection is used for anything else: closing stops the reading and waits for its thread.
 */
final class PageReader implements IncomingPages, AutoCloseable {
    /** Pages read ahead at most: enough to keep both sides busy, without holding the whole team in memory twice. */
    private static final int AHEAD = 3;
    /**
     * The first page is small: the project waits for it with nothing to write, so the sooner it comes the sooner the
     * writing starts (the server's first 10,000 records took about half a second to come and be read).
     */
    static final int FIRST_PAGE = 1_000;

    private final BlockingQueue<Object> pages = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private final TeamServer server;
    private final long sinceRev;
    private final int pageSize;
    private Object next;
    private long lastRev;
    private volatile boolean stopped;

    PageReader(TeamServer server, long sinceRev, int pageSize) {
        this.server = server;
        this.sinceRev = sinceRev;
        this.pageSize = pageSize;
        lastRev = sinceRev;
        thread = new Thread(() -> read(server, sinceRev, pageSize), "lectern-team-pages");
        thread.setDaemon(true);
        thread.start();
    }

    /** The last revision handed out so far (the revision read from, before the first page). */
    long lastRev() {
        return lastRev;
    }

    private void read(TeamServer server, long sinceRev, int pageSize) {
        Object end = End.INSTANCE;
        try {
            long rev = sinceRev;
            int limit = Math.min(FIRST_PAGE, pageSize);
            while (!stopped) {
                List<ServerRecord> rows = server.changesSince(rev, limit);
                if (rows.isEmpty()) {
                    break;
                }
                rev = rows.get(rows.size() - 1).rev();
                List<IncomingRecord> records = new ArrayList<>(rows.size());
                for (ServerRecord row : rows) {
                    records.add(incoming(row));
                }
                pages.put(new IncomingPage(records, rev));
                if (rows.size() < limit) {
                    break;
                }
                limit = pageSize;
            }
        } catch (InterruptedException e) {
            return; // closed: nobody reads any more
        } catch (RuntimeException | Error e) {
            end = new Failure(e);
        }
        try {
            pages.put(end);
        } catch (InterruptedException e) {
            // closed meanwhile
        }
    }

    static IncomingRecord incoming(ServerRecord row) {
        if (row.deleted()) {
            return IncomingRecord.deletion(row.kind(), row.id(), row.author(), row.modified());
        }
        // The time of the change as the server keeps it (its stamp's, or when a tag or deletion was noted).
        return IncomingRecord.version(RecordJson.read(row), row.author(), row.modified());
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = pages.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the team's changes", e);
            }
        }
        if (next instanceof Failure failure) {
            if (failure.cause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failure.cause();
        }
        return next != End.INSTANCE;
    }

    @Override
    public IncomingPage next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        IncomingPage page = (IncomingPage) next;
        next = null;
        lastRev = page.lastRev();
        return page;
    }

    /**
     * Stops the reading ahead and reads every record since the first revision anew, as one page: what the team
     * holds now, which may be more than the pages handed out so far held.
     */
    @Override
    public IncomingPage readAgain() {
        close();
        List<IncomingRecord> records = new ArrayList<>();
        try (PageReader again = new PageReader(server, sinceRev, pageSize)) {
            while (again.hasNext()) {
                records.addAll(again.next().records());
            }
            lastRev = again.lastRev();
        }
        next = End.INSTANCE;
        return new IncomingPage(records, lastRev);
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        pages.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private enum End { INSTANCE }

    private record Failure(Throwable cause) {
    }
}
