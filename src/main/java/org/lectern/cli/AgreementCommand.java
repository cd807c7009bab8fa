package org.lectern.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lectern.io.export.AtomicFile;
import org.lectern.io.export.ExportException;
import org.lectern.model.ProjectSnapshot;
import org.lectern.review.Agreement;
import org.lectern.review.AgreementCsv;
import org.lectern.review.AgreementReport;
import org.lectern.review.AgreementText;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectOpenException;
import org.lectern.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern agreement --authors A,B PROJECT}: how far two analysts agree, per document and tag. */
@Command(name = "agreement",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        descriptionHeading = "%n",
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Measures how far two analysts agree on the documents of a project: span precision, recall and F1"
                    + " (strict and lenient, as GATE's Annotation Diff counts them, the first analyst as the key),"
                    + " Cohen's kappa at character level per tag (as NVivo's coding comparison), Krippendorff's"
                    + " alpha on the tags of matched passages and on the Admiralty grades of matched evidence, and"
                    + " agreement on evidence-claim links. Copies made by review decisions are not counted: each"
                    + " analyst's own reading is. A figure with nothing to compare is shown as \"–\" with a note"
                    + " saying why. The project is only read."},
        footer = {"", "Exit codes: 0 done, 1 the project could not be read, 2 mistake on the command line."})
final class AgreementCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--authors", required = true, split = ",", paramLabel = "A,B",
            description = "The two analysts to compare, as their names stand on their work.")
    private List<String> authors;

    @Option(names = "--csv", paramLabel = "PATH", description = "Also write the table as CSV to this file.")
    private Path csv;

    @Parameters(paramLabel = "PROJECT.lectern", description = "The project holding both analysts' work.")
    private Path project;

    @Override
    public Integer call() {
        if (authors.size() != 2 || authors.get(0).isBlank() || authors.get(1).isBlank()
                || authors.get(0).strip().equals(authors.get(1).strip())) {
            throw new ParameterException(spec.commandLine(), "--authors takes two different names, such as"
                    + " --authors \"Ana Reyes,Ben Okafor\".");
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
        String first = authors.get(0).strip();
        String second = authors.get(1).strip();
        List<String> analysts = Agreement.analysts(snapshot);
        for (String name : List.of(first, second)) {
            if (!analysts.contains(name)) {
                throw new CommandFailure("nobody named '" + name + "' has highlights of their own in "
                        + project.getFileName() + "; its analysts are: " + String.join(", ", analysts));
            }
        }
        AgreementReport report = Agreement.between(snapshot, first, second);
        PrintWriter out = spec.commandLine().getOut();
        out.print(AgreementText.format(report));
        if (csv != null) {
            try {
                AtomicFile.write(csv, stream -> {
                    Writer writer = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
                    AgreementCsv.write(report, writer);
                    writer.flush();
                });
            } catch (ExportException e) {
                throw new CommandFailure(e);
            }
            out.println("wrote the table to " + csv);
        }
        out.flush();
        return 0;
    }
}
