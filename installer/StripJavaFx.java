import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies Lectern's shaded jar without the files that came from the JavaFX jars, for the installers: there the
 * JavaFX modules are linked into the runtime, so the copies inside the jar would
 * never be loaded (classes in the runtime's JavaFX packages come from the modules) and only add 8 MB. Run with the JDK's source launcher (no build step, works the same on Linux, Windows and macOS):
 *
 *   java installer/StripJavaFx.java IN.jar OUT.jar JAVAFX.jar...
 */
public final class StripJavaFx {
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java StripJavaFx.java IN.jar OUT.jar JAVAFX.jar...");
            System.exit(2);
        }
        Set<String> javafx = new HashSet<>();
        for (int i = 2; i < args.length; i++) {
            try (ZipFile fx = new ZipFile(args[i])) {
                fx.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(javafx::add);
            }
        }
        javafx.remove("META-INF/MANIFEST.MF");
        int kept = 0;
        int dropped = 0;
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (ZipFile in = new ZipFile(args[0]); OutputStream file = Files.newOutputStream(out);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            // Folders are kept only when something else still lives in them.
            Set<String> keptFolders = new HashSet<>();
            in.stream().filter(e -> !e.isDirectory() && !javafx.contains(e.getName())).forEach(e -> {
                String name = e.getName();
                for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                    keptFolders.add(name.substring(0, slash + 1));
                }
            });
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() ? !keptFolders.contains(entry.getName()) : javafx.contains(entry.getName())) {
                    dropped++;
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
                kept++;
            }
        }
        System.out.println("StripJavaFx: kept " + kept + " entries, dropped " + dropped + " from JavaFX -> " + out);
    }
}
