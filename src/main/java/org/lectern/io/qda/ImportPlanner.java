package org.lectern.io.qda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.lectern.io.exchange.AlreadyPresent;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Passage;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.text.TextNormalizer;

/**
 * Turns what a {@code project.qde} holds into changes to one project: documents matched by their normalised
 * text or added; the whole codebook as tags, used or not, each named by its path (see {@link CodePaths}) and
 * matched to a tag of that name (ignoring case) or added; and one highlight per coding of a selection, unless
 * the project already has that highlight by the same analyst (same document, offsets and tag), so importing a
 * file twice adds nothing the second time while a colleague's reading that agrees with the analyst's own is
 * kept. What cannot be placed, and what was there already, is said in words.
 */
final class ImportPlanner {
    /** The colour of a tag made from a code that has none (or one Lectern cannot read): a quiet grey. */
    static final String NEUTRAL_COLOR = "#9e9e9e";
    private static final Pattern SHORT_COLOR = Pattern.compile("#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])");
    private static final Pattern LONG_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** Where a highlight is and whose it is, for recognising one the project already has. */
    private record Placement(UUID documentId, int start, int end, UUID tagId, String author) {
    }

    private final QdeProject file;
    private final String analyst;
    private final Instant now;
    private final Map<String, Document> documentsByText = new HashMap<>();
    /** Built when first needed: most sources match a document by their text. */
    private Map<String, Document> documentsByTidiedText;
    private final Map<String, Tag> tagsByName = new HashMap<>();
    private final Map<String, Tag> tagsByCode = new HashMap<>();
    private final Set<Placement> placed = new HashSet<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<String> unplaced = new ArrayList<>();
    private final List<String> alreadyPresent = new ArrayList<>();
    private int structureCodings;

    ImportPlanner(ProjectSnapshot project, QdeProject file, String analyst, Instant now) {
        this.file = file;
        this.analyst = analyst;
        this.now = now;
        for (Document document : project.documents()) {
            documentsByText.putIfAbsent(document.text(), document);
        }
        for (Tag tag : project.tags()) {
            tagsByName.putIfAbsent(key(tag.name()), tag);
        }
        for (Annotation a : project.annotations()) {
            placed.add(new Placement(a.documentId(), a.passage().start(), a.passage().end(), a.tagId(),
                    a.stamp().author()));
        }
        for (String skipped : file.skippedSources()) {
            unplaced.add(skipped + " is not a text source; Lectern imports text sources only.");
        }
        for (QdeProject.Code code : file.codes().values()) {
            if (!code.lecternStructure() && !code.groupOnly()) {
                tagFor(code);
            }
        }
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    /** What could not be placed, with a closing word about Lectern's own structure codes if there were any. */
    List<String> unplaced() {
        List<String> all = new ArrayList<>(unplaced);
        if (structureCodings > 0) {
            all.add(structureCodings + " codings with the “Lectern” actor, claim and evidence codes were not read"
                    + " back: Lectern imports tags, highlights and notes.");
        }
        return all;
    }

    /** The highlights the project holds already, by the same analyst, named for the analyst to find. */
    List<String> alreadyPresent() {
        return List.copyOf(alreadyPresent);
    }

    void sourceWithoutText(QdeProject.TextSource source, String problem) {
        int codings = source.selections().stream().mapToInt(s -> s.codings().size()).sum();
        unplaced.add("The source “" + source.name() + "” was not imported: " + problem
                + (codings == 0 ? "." : "; its " + codings + (codings == 1 ? " coding is" : " codings are")
                + " not placed."));
    }

    /**
     * Places one text source: its document, then its highlights. {@code rawText} is the source's text as the
     * file has it, which the positions count; Lectern keeps it as it is, line endings aside. A document an
     * older Lectern stored tidied from the same text is that source's document too.
     */
    void addSource(QdeProject.TextSource source, String rawText, Map<String, String> noteTexts) {
        String text = TextNormalizer.normalize(rawText);
        if (text.isBlank()) {
            sourceWithoutText(source, "its text is empty");
            return;
        }
        Document stored = documentsByText.get(text);
        if (stored == null) {
            stored = withSameWords(rawText);
        }
        Document document = stored != null ? stored
                : documentsByText.computeIfAbsent(text, t -> newDocument(source, t));
        if (source.wholeSourceCodings() > 0) {
            unplaced.add("“" + source.name() + "” is coded as a whole " + source.wholeSourceCodings()
                    + " times; Lectern highlights passages only.");
        }
        PassagePlacer placer = new PassagePlacer(rawText, document.text());
        for (QdeProject.Selection selection : source.selections()) {
            addSelection(source, document, selection, placer, noteTexts);
        }
    }

    /**
     * A document holding the source's words with other spacing: one an older Lectern stored tidied, or one
     * kept as it came when the source is such a tidied copy. Lectern always matched documents so.
     */
    private Document withSameWords(String rawText) {
        if (documentsByTidiedText == null) {
            documentsByTidiedText = new HashMap<>();
            for (Document document : documentsByText.values()) {
                documentsByTidiedText.putIfAbsent(TextNormalizer.tidy(document.text()), document);
            }
        }
        return documentsByTidiedText.get(TextNormalizer.tidy(rawText));
    }

    private Document newDocument(QdeProject.TextSource source, String text) {
        Document document = new Document(UUID.randomUUID(), source.name(), DocumentMetadata.EMPTY, text,
                stamp(source.made(), null));
        changes.add(Change.created(document));
        if (documentsByTidiedText != null) {
            documentsByTidiedText.putIfAbsent(TextNormalizer.tidy(text), document);
        }
        return document;
    }

    private void addSelection(QdeProject.TextSource source, Document document, QdeProject.Selection selection,
                              PassagePlacer placer, Map<String, String> noteTexts) {
        String name = selection.name().isBlank() ? selection.guid() : OneLine.of(selection.name());
        String where = "The selection “" + name + "” in “" + source.name() + "”";
        if (selection.codings().isEmpty()) {
            unplaced.add(where + " has no code, and a Lectern highlight needs a tag.");
            return;
        }
        Passage passage;
        try {
            passage = placer.place(selection.start(), selection.end());
        } catch (IllegalArgumentException e) {
            unplaced.add(where + " was not imported: " + e.getMessage() + ".");
            return;
        }
        for (QdeProject.Coding coding : selection.codings()) {
            QdeProject.Code code = file.codes().get(coding.codeGuid());
            if (code == null) {
                unplaced.add(where + " is coded with a code the file does not define (" + coding.codeGuid() + ").");
                continue;
            }
            if (code.lecternStructure()) {
                structureCodings++;
                continue;
            }
            Tag tag = tagFor(code);
            Stamp stamp = stamp(selection.made(), coding.made());
            if (placed.add(new Placement(document.id(), passage.start(), passage.end(), tag.id(), stamp.author()))) {
                changes.add(Change.created(new Annotation(UUID.randomUUID(), document.id(), passage, tag.id(),
                        noteOf(selection, coding, noteTexts), stamp)));
            } else {
                alreadyPresent.add(AlreadyPresent.describe(passage.quote(), tag.name(), stamp.author(),
                        document.title()));
            }
        }
    }

    /** The texts of the notes a selection and its coding refer to, as written, separated by a blank line. */
    private static String noteOf(QdeProject.Selection selection, QdeProject.Coding coding,
                                 Map<String, String> noteTexts) {
        Set<String> guids = new LinkedHashSet<>(selection.noteGuids());
        guids.addAll(coding.noteGuids());
        List<String> texts = new ArrayList<>();
        for (String guid : guids) {
            String text = noteTexts.get(guid);
            if (text != null && !text.isBlank()) {
                texts.add(text);
            }
        }
        return String.join("\n\n", texts);
    }

    private Tag tagFor(QdeProject.Code code) {
        return tagsByCode.computeIfAbsent(code.guid(), guid -> {
            String name = code.path();
            return tagsByName.computeIfAbsent(key(name), k -> {
                Tag tag = new Tag(UUID.randomUUID(), name, colorOf(code.color()), Tag.NO_KEY, code.description());
                changes.add(Change.created(tag));
                return tag;
            });
        });
    }

    /** Who made a record and when: the first of the given records that names it, else the analyst, now. */
    private Stamp stamp(QdeProject.Made made, QdeProject.Made fallback) {
        String author = userName(made.creatingUser())
                .or(() -> fallback == null ? Optional.empty() : userName(fallback.creatingUser()))
                .orElse(analyst);
        Instant created = made.created()
                .or(() -> fallback == null ? Optional.empty() : fallback.created())
                .orElse(now);
        return new Stamp(author, created, made.modified().orElse(created));
    }

    private Optional<String> userName(String guid) {
        String name = file.userNames().get(guid);
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
    }

    static String colorOf(String color) {
        if (color != null && LONG_COLOR.matcher(color).matches()) {
            return color.toLowerCase(Locale.ROOT);
        }
        if (color != null) {
            var shortColor = SHORT_COLOR.matcher(color);
            if (shortColor.matches()) {
                return ("#" + shortColor.group(1).repeat(2) + shortColor.group(2).repeat(2)
                        + shortColor.group(3).repeat(2)).toLowerCase(Locale.ROOT);
            }
        }
        return NEUTRAL_COLOR;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
