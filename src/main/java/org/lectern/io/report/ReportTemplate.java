package org.lectern.io.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.lectern.io.export.ExportException;

/**
 * A compiled Pebble report template: the bundled one, or an analyst's own file. Auto-escaping is switched on
 * explicitly with the HTML strategy (it is Pebble's default too, but a report's safety should not hang on a
 * default), so article text and notes can never become markup.
 */
final class ReportTemplate {
    static final String BUNDLED = "report.html.peb";
    private static final String BUNDLED_FOLDER = "org/lectern/io/report";

    private final PebbleTemplate template;
    private final String name;

    private ReportTemplate(PebbleTemplate template, String name) {
        this.template = template;
        this.name = name;
    }

    /** Compiles the user's template, or the bundled one; a template with an error fails here, before any writing. */
    static ReportTemplate load(Optional<Path> userTemplate) throws ExportException {
        if (userTemplate.isEmpty()) {
            ClasspathLoader loader = new ClasspathLoader(ReportTemplate.class.getClassLoader());
            loader.setPrefix(BUNDLED_FOLDER);
            return compile(loader, BUNDLED, "the bundled report template");
        }
        Path file = userTemplate.get().toAbsolutePath();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ExportException("The report template " + file + " does not exist or cannot be read.");
        }
        FileLoader loader = new FileLoader();
        // Relative includes in the user's template resolve beside it.
        loader.setPrefix(file.getParent().toString());
        return compile(loader, file.getFileName().toString(), "the report template " + file.getFileName());
    }

    private static ReportTemplate compile(Loader<?> loader, String templateName, String description)
            throws ExportException {
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .cacheActive(false)
                .build();
        try {
            return new ReportTemplate(engine.getTemplate(templateName), description);
        } catch (PebbleException e) {
            throw new ExportException("There is an error in " + description + describe(e), e);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new ExportException("Lectern could not read " + description + ": " + e.getMessage(), e);
        }
    }

    void render(ReportContent content, Writer out) throws IOException, ExportException {
        try {
            template.evaluate(out, content.variables(), Locale.ROOT);
        } catch (PebbleException e) {
            throw new ExportException("There is an error in " + name + describe(e), e);
        }
    }

    private static String describe(PebbleException e) {
        String where = e.getLineNumber() != null && e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
        String what = e.getPebbleMessage() == null ? "" : ": " + e.getPebbleMessage();
        return where + what + (what.endsWith(".") ? "" : ".");
    }
}
