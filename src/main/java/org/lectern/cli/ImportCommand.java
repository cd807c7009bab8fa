package org.lectern.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lectern.io.DocumentImporter;
import org.lectern.io.ImportFormat;
import org.lectern.io.ImportException;
import org.lectern.io.ImportedDocument;
import org.lectern.io.exchange.ExchangeFormatException;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.Link;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;
import org.lectern.review.merge.ActorProposal;
import org.lectern.review.merge.AnalystProposal;
import org.lectern.review.merge.Conflict;
import org.lectern.review.merge.DocumentPairing;
import org.lectern.review.merge.MergePlan;
import org.lectern.review.merge.Orphan;
import org.lectern.service.AnnotationExchange;
import org.lectern.service.ColleagueWork;
import org.lectern.service.ImportedAnalysts;
import org.lectern.service.ProjectSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lectern import --project P.lectern FILE...}: adds articles, annotation files and colleagues' projects to
 * a project, one saved edit each.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        descriptionHeading = "%n",
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Adds articles to a project, creating the project (with the default tags) if it does not exist.",
            "Reads articles as plain text (.txt), Markdown (.md), web pages (.html), PDF (.pdf) and Word (.docx)"
                    + " files, and annotations as W3C Web Annotation (.jsonld, .json) and REFI-QDA projects (.qdpx).",
            "A colleague's Lectern project (.lectern) brings in their work as their own layer: their annotations,"
                    + " actors, claims, evidence and links, on your copies of the same articles (a copy that differs"
                    + " slightly is matched by quote and context; an article you lack is added). Nothing of yours is"
                    + " changed, their file is only read, and bringing in the same file again adds nothing."
                    + " Passages that cannot be placed, actors that may be yours and records you both have that"
                    + " differ are listed.",
            "An annotation the project already has by the same analyst (same passage, same tag) is not added"
                    + " again and is listed as already present; a colleague's annotation that agrees with yours is"
                    + " their own reading and is added. A REFI-QDA codebook comes in whole: every code a tag, a"
                    + " nested code named by its path (\"Parent / Child\").",
            "A file that cannot be imported is skipped with the reason; the others are still added."},
        footer = {"", "Exit codes: 0 all files added, 1 a file was skipped or the project could not be opened,"
                + " 2 mistake on the command line."})
final class ImportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ImportCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "PATH.lectern",
            description = "The project to add to; created if it does not exist.")
    private Path project;

    @Option(names = "--analyst", paramLabel = "NAME",
            description = "Your name, as the author of what this command adds that names no author of its own:"
                    + " the articles, and annotations whose W3C or REFI-QDA file names no creator (default: the"
                    + " name set in Lectern, else your user name). Annotations whose file names their creator"
                    + " keep that name, and a colleague's project keeps its authors; use --as to record a"
                    + " creator under another name.")
    private String analyst;

    @Option(names = "--as", paramLabel = "CREATOR=ANALYST",
            description = "Records the annotations a W3C or REFI-QDA file credits to CREATOR (as the file writes"
                    + " the name, or in another case) under the analyst ANALYST, e.g. --as \"ben=Ben Okafor\"; in"
                    + " a colleague's project, everything CREATOR made (annotations, actors, claims, evidence,"
                    + " links). Repeat it for each creator. Names that look like an analyst of the project are"
                    + " listed as \"same analyst?\" after the import.")
    private Map<String, String> creatorsAs = new LinkedHashMap<>();

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "The articles, annotation files and colleagues' projects to import.")
    private List<Path> files;

    @Override
    public Integer call() {
        if (!ProjectPaths.isProjectName(project)) {
            throw new ParameterException(spec.commandLine(), "--project must name a Lectern project file ending in "
                    + ProjectPaths.EXTENSION + ", not '" + project + "'.");
        }
        if (analyst != null && analyst.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--analyst needs a name.");
        }
        creatorsAs.forEach((creator, as) -> {
            if (creator.isBlank() || as.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--as needs a creator and an analyst, as in"
                        + " --as \"ben=Ben Okafor\".");
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentImporter importer = new DocumentImporter();
        boolean allAdded = true;
        try (ImportTarget target = ImportTarget.at(project, AnalystName.resolve(analyst))) {
            for (Path file : files) {
                String name = displayName(file);
                if (ColleagueWork.isColleagueProject(file)) {
                    allAdded &= bringInColleague(target, file, creatorsAs, out, err);
                    continue;
                }
                if (AnnotationExchange.isExchangeFile(file)) {
                    allAdded &= importAnnotations(target, file, creatorsAs, out, err);
                    continue;
                }
                if (ImportFormat.ofFileName(name).isEmpty()) {
                    // The window's Add document takes articles only; this command takes a colleague's work too.
                    err.println("skipped " + name + ": " + name + " is not a kind of file Lectern can import: choose"
                            + " an article, as " + ImportFormat.describeAll() + " file, or a"
                            + " colleague's work, as W3C Web Annotation (.jsonld, .json), a REFI-QDA project (.qdpx)"
                            + " or a Lectern project (.lectern).");
                    err.flush();
                    allAdded = false;
                    continue;
                }
                ImportedDocument document;
                try {
                    document = importer.importFile(file);
                } catch (ImportException e) {
                    skipped(err, name, e);
                    err.flush();
                    allAdded = false;
                    continue;
                }
                ProjectSession session = target.session();
                session.perform(session.edits().addDocument(document.title(), document.metadata(), document.text()));
                out.println("added \"" + document.title() + "\" (" + characters(document.text()) + ") from " + name);
                out.flush();
            }
        } catch (org.lectern.service.ProjectUnavailable e) {
            throw new CommandFailure(e);
        }
        return allAdded ? 0 : 1;
    }

    /** A W3C or REFI-QDA file: its annotations go in as one edit; what cannot be placed is listed. */
    private static boolean importAnnotations(ImportTarget target, Path file, Map<String, String> creatorsAs,
                                             PrintWriter out, PrintWriter err) throws org.lectern.service.ProjectUnavailable {
        String name = displayName(file);
        ExchangeImport result;
        ProjectSnapshot before = target.session().state().snapshot();
        try {
            result = AnnotationExchange.importInto(target.session(), file, creatorsAs);
        } catch (ExchangeFormatException e) {
            skipped(err, name, e);
            err.flush();
            return false;
        }
        List<String> added = new java.util.ArrayList<>(List.of(count(result.added(Annotation.class), "annotation")));
        if (result.added(Document.class) > 0) {
            added.add(count(result.added(Document.class), "document"));
        }
        if (result.added(Tag.class) > 0) {
            added.add(count(result.added(Tag.class), "tag"));
        }
        int present = result.alreadyPresent().size();
        out.println("imported " + String.join(", ", added.subList(0, added.size() - 1))
                + (added.size() > 1 ? " and " : "") + added.get(added.size() - 1) + " from " + name
                + (present > 0 ? "; " + String.format(Locale.ENGLISH, "%,d", present) + " already present" : ""));
        for (String already : result.alreadyPresent()) {
            out.println("  already present: " + already);
        }
        for (String unplaced : result.unplaced()) {
            out.println("  not placed: " + unplaced);
        }
        printSameAnalysts(ImportedAnalysts.proposals(result, before, target.session().analyst()), out);
        out.flush();
        return true;
    }

    /**
     * A colleague's project: their work goes in as one edit, their authors recorded as --as maps them, and what
     * needs the analyst's eye is listed. Their file is read before the project is opened or created, so a file
     * that is not a project leaves no trace.
     */
    private static boolean bringInColleague(ImportTarget target, Path file, Map<String, String> creatorsAs,
                                            PrintWriter out, PrintWriter err) throws org.lectern.service.ProjectUnavailable {
        String name = displayName(file);
        ProjectSnapshot theirs;
        try {
            theirs = ColleagueWork.open(file);
        } catch (org.lectern.service.ProjectUnavailable e) {
            skipped(err, name, e);
            err.flush();
            return false;
        }
        ProjectSnapshot before = target.session().state().snapshot();
        MergePlan plan = ColleagueWork.bringIn(target.session(), theirs, name, creatorsAs);
        out.println("brought in " + count(plan.added(Annotation.class), "annotation") + ", "
                + count(plan.added(Actor.class), "actor") + ", " + count(plan.added(Claim.class), "claim") + ", "
                + String.format(Locale.ENGLISH, "%,d evidence", plan.added(Evidence.class)) + " and "
                + count(plan.added(Link.class), "link") + " by " + plan.colleague() + " from " + name);
        for (DocumentPairing pairing : plan.pairings()) {
            if (pairing.match() != DocumentPairing.Match.SAME_TEXT) {
                out.println("  document: " + pairing.describe());
            }
        }
        for (Orphan orphan : plan.orphans()) {
            out.println("  not placed: " + orphan.reason());
        }
        for (ActorProposal proposal : plan.actorProposals()) {
            out.println("  same actor? " + proposal.yours().name() + " (yours) / " + proposal.theirs().name()
                    + " (" + proposal.theirs().stamp().author() + ")");
        }
        for (Conflict conflict : plan.conflicts()) {
            out.println("  conflict: " + conflict.reason());
        }
        for (AnalystProposal proposal : ImportedAnalysts.broughtIn(plan.changes(), before,
                target.session().analyst())) {
            out.println("  same analyst? \"" + proposal.arriving() + "\" (theirs) / \"" + proposal.known()
                    + "\" (in the project): nothing was merged; --as \"" + proposal.arriving() + "="
                    + proposal.known() + "\" on import records one as the other");
        }
        out.flush();
        return true;
    }

    /** Names the file gave that look like an analyst of the project: nothing is merged, --as would. */
    private static void printSameAnalysts(List<AnalystProposal> proposals, PrintWriter out) {
        for (AnalystProposal proposal : proposals) {
            out.println("  same analyst? \"" + proposal.arriving() + "\" (in the file) / \"" + proposal.known()
                    + "\" (in the project): nothing was merged; --as \"" + proposal.arriving() + "="
                    + proposal.known() + "\" on import records one as the other");
        }
    }

    /** One line for the analyst; the cause, with the library's own words and stack trace, for the log file. */
    private static void skipped(PrintWriter err, String name, Exception e) {
        err.println("skipped " + name + ": " + e.getMessage());
        LOG.warn("Skipped {}: {}", name, e.getMessage(), e);
    }

    private static String count(int count, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }

    private static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Counted as a reader would count them: an emoji is one character, though Java holds it in two chars. */
    private static String characters(String text) {
        int count = text.codePointCount(0, text.length());
        return String.format(Locale.ENGLISH, "%,d %s", count, count == 1 ? "character" : "characters");
    }
}
