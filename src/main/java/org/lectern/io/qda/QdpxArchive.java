package org.lectern.io.qda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.lectern.io.exchange.ExchangeFormatException;

/**
 * A {@code .qdpx} read in place: entries are read into memory on demand and never extracted to disk.
 *
 * <p>Opening checks every entry name first and refuses the whole file if any would escape a folder it were
 * extracted to ("zip slip": {@code ..} segments, absolute paths, drive letters), because such a file was
 * made to attack whatever unpacks it, and no honest QDA program writes one. Entry counts and the bytes read
 * are capped by {@link ArchiveLimits}; the sizes a zip declares are not trusted, the bytes are counted.
 */
final class QdpxArchive implements AutoCloseable {
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

    private final String fileName;
    private final ZipFile zip;
    private final ArchiveLimits limits;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private long bytesRead;

    private QdpxArchive(String fileName, ZipFile zip, ArchiveLimits limits) {
        this.fileName = fileName;
        this.zip = zip;
        this.limits = limits;
    }

    static QdpxArchive open(Path file, ArchiveLimits limits) throws ExchangeFormatException {
        String fileName = String.valueOf(file.getFileName());
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ExchangeFormatException(fileName + " is not a REFI-QDA project: it is not a zip archive.", e);
        } catch (IOException e) {
            throw new ExchangeFormatException(org.lectern.io.FileTrouble.of(fileName, e), e);
        }
        QdpxArchive archive = new QdpxArchive(fileName, zip, limits);
        try {
            archive.indexEntries();
            return archive;
        } catch (ExchangeFormatException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private void indexEntries() throws ExchangeFormatException {
        int count = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (++count > limits.maxEntries()) {
                throw new ExchangeFormatException(fileName + " is refused: it holds more than " + limits.maxEntries()
                        + " entries, far more than any project needs.");
            }
            String name = entry.getName();
            if (escapesItsFolder(name)) {
                throw new ExchangeFormatException(fileName + " is refused: its entry “" + name
                        + "” points outside the archive (a “zip slip” attack), so Lectern reads none of it.");
            }
            entries.putIfAbsent(name, entry);
        }
    }

    /** True for names that, unpacked, would land outside the folder they are unpacked into. */
    static boolean escapesItsFolder(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.startsWith("/") || name.startsWith("\\")
                || DRIVE_LETTER.matcher(name).matches()) {
            return true;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    String fileName() {
        return fileName;
    }

    /** The names of the entries at the archive's top level ending in {@code suffix}. */
    List<String> topLevelNamesEndingIn(String suffix) {
        List<String> names = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (!name.contains("/") && name.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)) {
                names.add(name);
            }
        }
        names.sort(null);
        return names;
    }

    /** The bytes of an entry, or empty if there is none by that name. */
    Optional<byte[]> read(String name) throws ExchangeFormatException {
        ZipEntry entry = entries.get(name);
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        if (entry.getSize() > limits.maxEntryBytes()) {
            throw tooLarge(name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long entryBytes = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                entryBytes += n;
                bytesRead += n;
                if (entryBytes > limits.maxEntryBytes() || bytesRead > limits.maxTotalBytes()) {
                    throw tooLarge(name);
                }
                out.write(buffer, 0, n);
            }
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            throw new ExchangeFormatException(fileName + " is damaged: its entry “" + name + "” cannot be read ("
                    + e.getMessage() + ").", e);
        }
    }

    private ExchangeFormatException tooLarge(String name) {
        return new ExchangeFormatException(fileName + " is refused: its entry “" + name + "” unpacks to more than "
                + (Math.min(limits.maxEntryBytes(), limits.maxTotalBytes()) >> 20)
                + " MB, too large to be a project's text (it may be a zip bomb, made to exhaust memory): if it is a"
                + " genuine project, export it again in parts, with fewer sources in each.");
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Only read from; nothing is lost if closing fails.
        }
    }
}
