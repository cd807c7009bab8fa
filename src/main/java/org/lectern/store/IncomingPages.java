package org.lectern.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Colleagues' records as they are read from the team's server, a page at a time, in its order ({@link #next()} may
 * block until the next page comes). They can be read again whole: a first download writes each page as it comes
 * and keeps none of them, so when it finds it cannot go the quick way (a record changed while it ran) the careful
 * way reads them anew.
 */
public interface IncomingPages extends Iterator<IncomingPage> {
    /** Every record since the revision the pages were read from, read anew, as one page; no page is read after. */
    IncomingPage readAgain();

    /** Pages already in memory (a pull read whole, or a test's pages). */
    static IncomingPages of(List<IncomingPage> pages) {
        Iterator<IncomingPage> each = pages.iterator();
        return new IncomingPages() {
            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public IncomingPage next() {
                return each.next();
            }

            @Override
            public IncomingPage readAgain() {
                List<IncomingRecord> records = new ArrayList<>();
                long lastRev = 0;
                for (IncomingPage page : pages) {
                    records.addAll(page.records());
                    lastRev = Math.max(lastRev, page.lastRev());
                }
                return new IncomingPage(records, lastRev);
            }
        };
    }
}
