package org.lectern.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.IndexRange;
import org.lectern.io.DocumentImporter;
import org.lectern.io.ImportException;
import org.lectern.io.ImportedDocument;
import org.lectern.io.exchange.Authorship;
import org.lectern.io.exchange.ExchangeFormatException;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.io.export.ExportException;
import org.lectern.model.Actor;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.Document;
import org.lectern.model.Evidence;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;
import org.lectern.review.merge.AnalystProposal;
import org.lectern.service.AnnotationExchange;
import org.lectern.service.ColleagueWork;
import org.lectern.service.Edit;
import org.lectern.service.Edits;
import org.lectern.service.ExportFormat;
import org.lectern.service.ImportedAnalysts;
import org.lectern.service.ProjectSession;
import org.lectern.service.ReviewBundle;
import org.lectern.service.UnmarkedMentions;
import org.lectern.service.ProjectUnavailable;
import org.lectern.ui.article.ArticleView;

/** What the menus, the tag palette and the article's context menu do. */
public final class WorkbenchActions {
    /** Said in the status line when a command that needs a passage finds none selected. */
    static final String SELECT_FIRST = "Select a passage of the article first, then tag it.";
    private final WorkbenchModel model;
    private final ArticleView article;
    private final DialogService dialogs;

    private final FileChoosers files;

    public WorkbenchActions(WorkbenchModel model, ArticleView article, org.lectern.service.StartingFolders folders) {
        this.model = model;
        this.article = article;
        this.dialogs = model.dialogs();
        this.files = new FileChoosers(dialogs, folders);
        // The analyst did as a hint said (select a passage): it gives way to the save state at once.
        article.textArea().selectionProperty().addListener((obs, before, now) -> {
            if (now.getLength() > 0) {
                model.endHint();
            }
        });
    }

    FileChoosers files() {
        return files;
    }

    /**
     * Highlights the selected text with a tag; the selection then collapses so the colour shows. In sticky tag
     * mode, choosing a tag with nothing selected makes it the sticky tag.
     */
    public void tagSelection(Tag tag) {
        if (model.stickyTag() != null && article.selection().getLength() == 0) {
            model.stickyTagProperty().set(tag);
            return;
        }
        withSelection((document, selection) -> {
            if (model.perform(edits().annotate(document.id(), selection.getStart(), selection.getEnd(), tag.id()))) {
                article.textArea().moveTo(selection.getEnd());
            }
        });
    }

    /** Sticky tag mode on (with the given tag, or the first of the palette) or off. */
    public void setStickyMode(boolean on, Tag tag) {
        if (!on) {
            model.stickyTagProperty().set(null);
        } else if (model.session() != null) {
            model.stickyTagProperty().set(tag != null ? tag : model.tags().isEmpty() ? null : model.tags().get(0));
        }
    }

    /** Annotate → Edit tags…: the tag set's names, colours, keys and descriptions. */
    public void editTags() {
        if (model.session() != null) {
            dialogs.showPane("Tags", new TagEditor(model));
        }
    }

    public void tagSelectionWithKey(int key) {
        if (model.session() != null) {
            model.state().tagWithKey(key).ifPresent(this::tagSelection);
        }
    }

    public void newActorFromSelection() {
        withSelection((document, selection) -> performAndFocus(
                edits().newActorFromSelection(document.id(), selection.getStart(), selection.getEnd()), Actor.class));
    }

    public void newClaimFromSelection() {
        withSelection((document, selection) -> performAndFocus(
                edits().newClaimFromSelection(document.id(), selection.getStart(), selection.getEnd()), Claim.class));
    }

    public void newEvidenceFromSelection() {
        withSelection((document, selection) -> performAndFocus(
                edits().newEvidenceFromSelection(document.id(), selection.getStart(), selection.getEnd()),
                Evidence.class));
    }

    public void mentionOfActor() {
        withSelection((document, selection) -> {
            List<Actor> actors = model.state().actors();
            if (actors.isEmpty()) {
                dialogs.showInfo("Mention of actor", "There are no actors yet: choose New actor from selection first.");
                return;
            }
            dialogs.choose("Mention of actor", "This passage mentions", actors).ifPresent(actor ->
                    model.perform(edits().addMention(actor.id(), document.id(), selection.getStart(),
                            selection.getEnd())));
        });
    }

    public void addPassageToClaim() {
        withSelection((document, selection) -> dialogs.choose("Add passage to claim", "Claim", model.state().claims())
                .ifPresent(claim -> model.perform(edits().addClaimPassage(claim.id(), document.id(),
                        selection.getStart(), selection.getEnd()))));
    }

    public void addPassageToEvidence() {
        withSelection((document, selection) -> dialogs.choose("Add passage to evidence", "Evidence",
                model.state().evidence()).ifPresent(item -> model.perform(edits().addEvidencePassage(item.id(),
                document.id(), selection.getStart(), selection.getEnd()))));
    }

    /** Links evidence at (or chosen for) the selection to a claim. */
    public void linkEvidenceToClaim() {
        List<Evidence> evidence = evidenceAtSelection();
        if (evidence.isEmpty()) {
            evidence = model.state().evidence();
        }
        if (evidence.isEmpty() || model.state().claims().isEmpty()) {
            dialogs.showInfo("Link evidence to claim", "Make at least one claim and one item of evidence first"
                    + " (select a passage, right-click, New claim / New evidence from selection).");
            return;
        }
        Optional<Evidence> item = evidence.size() == 1 ? Optional.of(evidence.get(0))
                : dialogs.choose("Link evidence to claim", "Evidence", evidence);
        item.ifPresent(chosen -> dialogs.chooseLink("Link “" + chosen + "” to a claim", "Claim",
                model.state().claims()).ifPresent(choice -> model.perform(
                edits().link(chosen.id(), choice.target().id(), choice.stance(), choice.strength()))));
    }

    private List<Evidence> evidenceAtSelection() {
        IndexRange selection = article.selection();
        Optional<Document> document = model.currentDocument();
        if (document.isEmpty()) {
            return List.of();
        }
        int from = selection.getLength() > 0 ? selection.getStart() : article.textArea().getCaretPosition();
        int to = Math.max(from + 1, selection.getEnd());
        List<Evidence> found = new ArrayList<>();
        for (Annotation annotation : model.state().annotationsOverlapping(document.get().id(), from, to)) {
            for (Evidence item : model.state().evidenceAt(annotation.id())) {
                if (!found.contains(item)) {
                    found.add(item);
                }
            }
        }
        return found;
    }

    public void deleteHighlightAtCaret() {
        int caret = article.selection().getLength() > 0 ? article.selection().getStart()
                : article.textArea().getCaretPosition();
        article.highlightAt(caret).ifPresent(annotation -> model.perform(edits().deleteAnnotation(annotation.id())));
    }

    /** Proposes every occurrence of an actor's name and aliases in the current document as a mention. */
    public void findMentions(UUID actorId) {
        Optional<Document> document = model.currentDocument();
        Optional<Actor> actor = model.state().actor(actorId);
        if (document.isEmpty() || actor.isEmpty()) {
            return;
        }
        List<int[]> fresh = UnmarkedMentions.in(model.state(), actorId, document.get().id());
        if (fresh.isEmpty()) {
            dialogs.showInfo("Find mentions", "No new mentions of " + actor.get().name() + " (or its aliases) in “"
                    + document.get().title() + "”.");
            return;
        }
        if (dialogs.confirm("Find mentions", "Found " + fresh.size() + " new mention" + (fresh.size() == 1 ? "" : "s")
                + " of " + actor.get().name() + " in “" + document.get().title() + "”. Mark them all as mentions?")) {
            model.perform(edits().addMentions(actorId, document.get().id(), fresh));
        }
    }

    public void addDocumentFromFile() {
        files.open("Add document", "Articles (.txt, .md, .html, .pdf, .docx)",
                java.util.Arrays.stream(org.lectern.io.ImportFormat.values()).flatMap(f -> f.extensions().stream())
                        .toList()).ifPresent(this::addDocumentFromFile);
    }

    /** Reads the file in the background, then adds it as one edit. */
    public void addDocumentFromFile(Path file) {
        BackgroundReading.start(model, file, "Cannot add this document", ImportException.class,
                () -> new DocumentImporter().importFile(file), this::addImported);
    }

    /**
     * File → Export…: asks what and where, then writes in the background with progress and Cancel. A failed
     * or cancelled export leaves any earlier file at that place as it was.
     */
    public void export() {
        ProjectSession session = model.session();
        Path project = session.location().toAbsolutePath();
        dialogs.askExport(model.currentDocument().orElse(null), session.state().authorNames(), files.exportFolder(),
                project.getFileName().toString()).ifPresent(request -> {
                    ExportRunner runner = new ExportRunner(session.state()::snapshot,
                            model.holdEdits("the export"), request);
                    runner.setOnSucceeded(event -> {
                        Path written = request.format() == ExportFormat.BRAT
                                ? request.target().resolveSibling(request.target().getFileName() + ".ann")
                                : request.target();
                        files.written(written);
                        model.status("Exported " + written.getFileName() + " to " + where(written));
                        if (request.openWhenDone()) {
                            dialogs.openWithSystem(written).thenAcceptAsync(opened -> {
                                if (!opened) {
                                    dialogs.showInfo("Export", ExportRunner.notOpened(written));
                                }
                            }, javafx.application.Platform::runLater);
                        }
                    });
                    runner.setOnFailed(event -> dialogs.showError("Export failed", runner.getException()
                            instanceof org.lectern.io.export.ExportException ? runner.getException().getMessage()
                            : UnexpectedErrors.explain(runner.getException())));
                    runner.setOnCancelled(event -> model.status("Export cancelled; nothing was written"));
                    dialogs.showProgress(runner);
                    model.work().run(runner);
                });
    }

    private static Path where(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? file.toAbsolutePath() : folder;
    }

    /**
     * File → Bring in colleague's work…: their project file (never changed) comes in as their layer, as one
     * edit; what cannot be placed, actors that may be the same, and conflicts are listed afterwards. When their
     * work stands under names the project does not know, it first asks who is who, as Import annotations… does.
     */
    public void bringInColleagueWork() {
        files.open("Bring in a colleague's work", "Lectern projects", List.of("lectern"))
                .ifPresent(this::bringInColleagueWork);
    }

    public void bringInColleagueWork(Path file) {
        ProjectSession session = model.session();
        if (file.toAbsolutePath().normalize().equals(session.location().toAbsolutePath().normalize())) {
            dialogs.showError("Bring in a colleague's work", "That is the project open here; choose your colleague's file.");
            return;
        }
        String analyst = session.analyst();
        Snapshot snapshot = new Snapshot(session, model.holdEdits("reading " + file.getFileName()));
        BackgroundReading.start(model, file, "Cannot bring in " + file.getFileName(), ProjectUnavailable.class,
                () -> ColleagueFile.read(file, snapshot.take()), read -> {
                    ProjectSnapshot mine = read.mine();
                    if (session != model.session()) {
                        return; // another project was opened meanwhile: this was meant for the old one
                    }
                    List<String> names = ImportedAnalysts.namedIn(read.plan().changes(), analyst);
                    if (ImportedAnalysts.knownIn(mine, analyst).containsAll(names)) {
                        saveColleagueWork(session, mine, file, read.plan());
                        return;
                    }
                    dialogs.askCreatorNames(file.getFileName().toString(), names,
                            ImportedAnalysts.knownIn(mine, analyst), ImportedAnalysts.forNames(names, mine, analyst))
                            .ifPresent(mapping -> saveColleagueWork(session, mine, file, mapping.isEmpty()
                                    ? read.plan() : ColleagueWork.plan(mine, read.theirs(), mapping)));
                }, snapshot::release);
    }

    /** A colleague's project as read, and the plan for bringing it in with their names as they stand. */
    private record ColleagueFile(ProjectSnapshot mine, ProjectSnapshot theirs,
                                 org.lectern.review.merge.MergePlan plan) {
        static ColleagueFile read(Path file, ProjectSnapshot mine) throws ProjectUnavailable {
            ProjectSnapshot theirs = ColleagueWork.open(file);
            return new ColleagueFile(mine, theirs, ColleagueWork.plan(mine, theirs, java.util.Map.of()));
        }
    }

    /**
     * The open project as it stands, copied on the worker (10,000 highlights take a moment to copy) while edits
     * wait; they go on as soon as the copy is made, or when the work fails or is cancelled first.
     */
    private static final class Snapshot {
        private final ProjectSession session;
        private final Runnable release;

        Snapshot(ProjectSession session, Runnable release) {
            this.session = session;
            this.release = release;
        }

        void release() {
            release.run();
        }

        ProjectSnapshot take() {
            try {
                return session.state().snapshot();
            } finally {
                release.run();
            }
        }
    }

    private void saveColleagueWork(ProjectSession session, ProjectSnapshot before, Path file,
                                   org.lectern.review.merge.MergePlan plan) {
        if (session != model.session()) {
            return;
        }
        Runnable report = () -> dialogs.showInfo("Bring in a colleague's work", MergeReport.describe(file, plan)
                + sameAnalysts(ImportedAnalysts.broughtIn(plan.changes(), before, session.analyst())));
        if (plan.changesNothing()) {
            report.run();
        } else {
            model.performLong(new Edit(ColleagueWork.editDescription(plan, file.getFileName().toString()),
                    plan.changes()), report);
        }
    }

    /**
     * File → Export review bundle…: the whole project with the decisions and comments, for the colleague to
     * open in their Lectern. It is written in the background; what stopped it is said in a plain sentence.
     */
    public void exportReviewBundle() {
        ProjectSession session = model.session();
        files.save("Export review bundle", "Lectern projects", "lectern").ifPresent(target -> {
            if (target.toAbsolutePath().normalize().equals(session.location().toAbsolutePath().normalize())) {
                dialogs.showError("Export review bundle", "Choose another file than the open project.");
                return;
            }
            model.status("Writing the review bundle " + target.getFileName() + "…");
            javafx.concurrent.Task<Void> writing = new javafx.concurrent.Task<>() {
                {
                    updateTitle("Writing the review bundle " + target.getFileName());
                    updateProgress(-1, 1);
                }

                @Override
                protected Void call() throws ExportException {
                    ReviewBundle.export(session, target);
                    return null;
                }
            };
            writing.setOnSucceeded(event -> model.status("Review bundle written to " + target.getFileName()));
            writing.setOnFailed(event -> {
                model.status("");
                Throwable failure = writing.getException();
                dialogs.showError("Export review bundle", failure instanceof ExportException
                        ? failure.getMessage() : UnexpectedErrors.explain(failure));
            });
            model.work().run(writing);
        });
    }

    /** Brings in annotations from a W3C Web Annotation or REFI-QDA file, as one edit (one undo). */
    public void importAnnotations() {
        files.open("Import annotations", "W3C Web Annotation (.jsonld) or REFI-QDA (.qdpx)",
                List.of("jsonld", "json", "qdpx")).ifPresent(this::importAnnotations);
    }

    /**
     * Reads the file, asks who is who when it credits annotations to names the project does not know, reads it
     * again with the analyst's mapping if one was chosen, and saves it as one edit.
     */
    public void importAnnotations(Path file) {
        ProjectSession session = model.session();
        String analyst = session.analyst();
        Snapshot snapshot = new Snapshot(session, model.holdEdits("reading " + file.getFileName()));
        BackgroundReading.start(model, file, "Cannot import " + file.getFileName(), ExchangeFormatException.class,
                () -> {
                    ProjectSnapshot project = snapshot.take();
                    return new ReadImport(project, AnnotationExchange.read(file, project, analyst));
                }, read -> {
                    ProjectSnapshot project = read.project();
                    ExchangeImport result = read.result();
                    if (session != model.session()) {
                        return; // another project was opened meanwhile: this import was meant for the old one
                    }
                    List<String> names = ImportedAnalysts.namedIn(result, analyst);
                    if (ImportedAnalysts.knownIn(project, analyst).containsAll(names)) {
                        saveImport(session, project, file, result);
                        return;
                    }
                    dialogs.askCreatorNames(file.getFileName().toString(), names,
                            ImportedAnalysts.knownIn(project, analyst),
                            ImportedAnalysts.forNames(names, project, analyst)).ifPresent(mapping -> {
                                if (mapping.isEmpty()) {
                                    saveImport(session, project, file, result);
                                } else {
                                    BackgroundReading.start(model, file, "Cannot import " + file.getFileName(),
                                            ExchangeFormatException.class, () -> AnnotationExchange.read(file,
                                                    project, new Authorship(analyst, mapping)),
                                            mapped -> saveImport(session, project, file, mapped));
                                }
                            });
                }, snapshot::release);
    }

    /** An exchange file as read, with the project it was read against. */
    private record ReadImport(ProjectSnapshot project, ExchangeImport result) {
    }

    private void saveImport(ProjectSession session, ProjectSnapshot before, Path file, ExchangeImport result) {
        if (session != model.session()) {
            return;
        }
        Runnable report = () -> dialogs.showInfo("Import annotations", ImportReport.describe(file, result)
                + sameAnalysts(ImportedAnalysts.proposals(result, before, session.analyst())));
        if (result.changes().isEmpty()) {
            report.run();
        } else {
            model.performLong(new Edit(result.description(), result.changes()), report);
        }
    }

    /** The proposals that stand after an import, in the words of the command line's "same analyst?". */
    private static String sameAnalysts(List<AnalystProposal> proposals) {
        if (proposals.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\nThese names may be analysts of this project (nothing was"
                + " merged):");
        proposals.forEach(p -> text.append("\n• ").append(p.arriving()).append(" (in the file) / ")
                .append(p.known()));
        return text.toString();
    }

    public void pasteDocument() {
        dialogs.askLongText("Paste article", "Paste the article's text:").ifPresent(text -> {
            try {
                addImported(new DocumentImporter().fromPastedText(text));
            } catch (ImportException e) {
                dialogs.showError("Cannot add this text", e.getMessage());
            }
        });
    }

    private void addImported(ImportedDocument imported) {
        if (model.perform(edits().addDocument(imported.title(), imported.metadata(), imported.text()))) {
            List<Document> documents = model.state().documents();
            model.currentDocumentProperty().set(documents.get(documents.size() - 1));
        }
    }

    /**
     * Removes the document shown, once the analyst confirms. The removal is worked out and saved on a worker;
     * the article shows the next document at once, so that the removal's slices change nothing the window shows
     * (a document of 30,000 highlights would otherwise be unstyled and its list shortened a slice per frame). A
     * removal that is cancelled or fails returns to the document.
     */
    public void removeCurrentDocument() {
        model.currentDocument().ifPresent(document -> {
            int highlights = model.annotations().size(); // the list of the document shown: no count to make
            if (dialogs.confirm("Remove document", "Remove “" + document.title() + "” and its " + highlights
                    + " highlight" + (highlights == 1 ? "" : "s") + " from the project? You can undo this.")) {
                Edits edits = edits();
                Document next = model.documents().stream().filter(d -> !d.id().equals(document.id())).findFirst()
                        .orElse(null);
                boolean started = model.performLong("Remove document “" + document.title() + "”",
                        () -> edits.removeDocument(document.id()), () -> { }, () -> {
                            if (model.currentDocument().orElse(null) == next) {
                                model.state().document(document.id()).ifPresent(model.currentDocumentProperty()::set);
                            }
                        });
                if (started) {
                    model.currentDocumentProperty().set(next);
                }
            }
        });
    }

    private void performAndFocus(Edit edit, Class<?> kind) {
        if (model.perform(edit)) {
            edit.changes().stream().map(c -> c.after()).filter(kind::isInstance).findFirst().ifPresent(model::focus);
        }
    }

    private void withSelection(SelectionAction action) {
        Optional<Document> document = model.currentDocument();
        IndexRange selection = article.selection();
        if (document.isEmpty() || selection.getLength() == 0) {
            // A word in the status line, not a dialog: a tag key pressed with nothing selected is a slip, and a
            // window to close for each would break the sitting. Selecting text ends it (see the constructor).
            model.hint(SELECT_FIRST);
            return;
        }
        action.run(document.get(), selection);
    }

    private Edits edits() {
        return model.session().edits();
    }

    @FunctionalInterface
    private interface SelectionAction {
        void run(Document document, IndexRange selection);
    }
}
