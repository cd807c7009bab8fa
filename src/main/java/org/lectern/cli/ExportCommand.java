package org.lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lectern.io.export.ExportException;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.service.ExportFormat;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectOpenException;
import org.lectern.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern export --format F --out PATH PROJECT}: a report or exchange file, made without a display. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        descriptionHeading = "%n",
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Writes a report or an exchange file from a project. The project is only read, never changed.",
            "Formats: html, pdf, md (reports); csv (one row per annotation); w3c (W3C Web Annotation JSON-LD);"
                    + " qdpx (REFI-QDA, for NVivo, ATLAS.ti, MAXQDA, QualCoder); brat (.txt + .ann)."},
        footer = {"", "Exit codes: 0 written, 1 the project could not be read or the export failed (an existing"
                + " file at PATH is then left as it was), 2 mistake on the command line."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "html, pdf, md, csv, w3c, qdpx or brat.")
    private String format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH",
            description = "The file to write (for brat: the base name of the .txt and .ann files).")
    private Path out;

    @Option(names = "--document", paramLabel = "TITLE", description = "Only this document (its title or id);"
            + " repeat for several. Default: all documents.")
    private List<String> documents = new ArrayList<>();

    @Option(names = "--author", paramLabel = "NAME", description = "Only what this analyst made; repeat for"
            + " several. Default: everyone.")
    private List<String> authors = new ArrayList<>();

    @Option(names = "--no-notes", description = "Leave the notes on highlights out.")
    private boolean noNotes;

    @Option(names = "--template", paramLabel = "FILE", description = "A Pebble template of your own for the html"
            + " and pdf reports.")
    private Path template;

    @Parameters(paramLabel = "PROJECT.lectern", description = "The project to export.")
    private Path project;

    @Override
    public Integer call() {
        ExportFormat chosen = ExportFormat.ofKey(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown format '" + format + "': choose html, pdf, md, csv, w3c, qdpx or brat."));
        if (template != null && !Files.isReadable(template)) {
            throw new CommandFailure("cannot read the template " + template);
        }
        if (!Files.exists(project)) {
            throw new CommandFailure("no such project: " + project);
        }
        ProjectSnapshot snapshot;
        try (ProjectStore store = ProjectFiles.openForReading(project)) {
            snapshot = store.load();
        } catch (ProjectOpenException e) {
            throw new CommandFailure(e);
        }
        ExportScope scope = new ExportScope(documentIds(snapshot), new HashSet<>(authors), !noNotes);
        try {
            chosen.exporter(Optional.ofNullable(template)).export(snapshot, scope, out, Progress.NONE);
        } catch (ExportException e) {
            throw new CommandFailure(e);
        }
        ProjectSnapshot exported = scope.apply(snapshot);
        PrintWriter console = spec.commandLine().getOut();
        console.println("wrote " + chosen.description() + " to " + out + " (" + exported.documents().size()
                + " document" + (exported.documents().size() == 1 ? "" : "s") + ", " + exported.annotations().size()
                + " annotation" + (exported.annotations().size() == 1 ? "" : "s") + ")");
        console.flush();
        return 0;
    }

    private Set<UUID> documentIds(ProjectSnapshot snapshot) {
        Set<UUID> ids = new HashSet<>();
        for (String wanted : documents) {
            Optional<Document> match = snapshot.documents().stream()
                    .filter(d -> d.title().equalsIgnoreCase(wanted.strip()) || d.id().toString().equals(wanted.strip()))
                    .findFirst();
            ids.add(match.orElseThrow(() -> new CommandFailure("no document '" + wanted + "' in " + project
                    .getFileName() + "; its documents are: " + snapshot.documents().stream().map(Document::title)
                    .collect(Collectors.joining(", ")))).id());
        }
        return ids;
    }
}
