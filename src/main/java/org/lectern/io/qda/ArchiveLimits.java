package org.lectern.io.qda;

/**
 * How much of a {@code .qdpx} Lectern is willing to read, so that a zip bomb (a small file that inflates to
 * gigabytes, or holds millions of entries) fails quickly instead of exhausting memory.
 */
record ArchiveLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
    /** Generous for articles and their annotations: a 1 MB article is already long. */
    static final ArchiveLimits DEFAULT = new ArchiveLimits(20_000, 64L << 20, 256L << 20);
}
