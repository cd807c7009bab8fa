package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.AbstractPreferences;
import org.junit.jupiter.api.Test;

/**
 * Choosing a theme, a folder or a layout never makes the window wait for the disk: the preferences are written
 * by a thread of their own, once for settings made together.
 */
class PreferencesWrittenInBackgroundTest {
    @Test
    void settingsAreWrittenAwayFromTheCallerAndARunOfThemIsWrittenTogether() throws Exception {
        DiskNode node = new DiskNode();
        AnalystPreferences preferences = new AnalystPreferences(node);

        preferences.setTheme("dark");
        assertTrue(node.firstWriteStarted.await(30, TimeUnit.SECONDS), "the first setting is being written");
        // While the disk is slow with the first, three more settings are made: they are written together, after it.
        preferences.setGettingStartedSeen(true);
        preferences.setAnalyst("Ana Reyes");
        preferences.setTheme("light");
        node.disk.countDown();
        assertTrue(node.secondWriteDone.await(30, TimeUnit.SECONDS), "the later settings are written");

        assertEquals(2, node.writers.size(), "one write for the first setting, one for the three after it");
        assertTrue(node.writers.stream().noneMatch(name -> name.equals(Thread.currentThread().getName())),
                "never on the caller's thread: " + node.writers);
        assertEquals(Map.of("theme", "light", "gettingStartedSeen", "true", "analyst", "Ana Reyes"), node.written);
    }

    /** Preferences kept in memory whose disk is as slow as the test wants. */
    private static final class DiskNode extends AbstractPreferences {
        final Map<String, String> values = new ConcurrentHashMap<>();
        final Map<String, String> written = new ConcurrentHashMap<>();
        final List<String> writers = new CopyOnWriteArrayList<>();
        final CountDownLatch firstWriteStarted = new CountDownLatch(1);
        final CountDownLatch disk = new CountDownLatch(1);
        final CountDownLatch secondWriteDone = new CountDownLatch(1);

        DiskNode() {
            super(null, "");
        }

        /** The slow disk is waited for outside the node's lock, as settings may be made meanwhile. */
        @Override
        public void flush() throws java.util.prefs.BackingStoreException {
            writers.add(Thread.currentThread().getName());
            if (writers.size() == 1) {
                firstWriteStarted.countDown();
                try {
                    // Bounded only so that a write made on the caller's thread cannot hang the test.
                    disk.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            super.flush();
            if (writers.size() == 2) {
                secondWriteDone.countDown();
            }
        }

        @Override
        protected void flushSpi() {
            written.putAll(values);
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void syncSpi() {
        }
    }
}
