package org.lectern.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.review.Agreement;
import org.lectern.review.AgreementCsv;
import org.lectern.review.AgreementReport;
import org.lectern.review.IncrementalAgreement;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.lectern.service.ReviewedState;
import org.lectern.text.Passages;

/**
 * Three analysts annotate a few documents, and the reviewer (Ana) works through a random run of edits: highlights
 * added by any of them, retagged, deleted, colleagues' highlights accepted, amended, rejected and withdrawn,
 * documents added, renamed and removed, tags renamed, undo and redo. Agreement kept document by document, told only which
 * documents each edit touched, gives after any number of edits exactly the figures a full computation over the
 * whole project gives.
 */
class IncrementalAgreementPropertyTest {
    private static final int TRIES = 60;
    private static final List<String> ANALYSTS = List.of("Ana", "Ben", "Cleo");
    private static final String TEXT = "The ministry denied that the freighter carried rifles. Customs records show"
            + " crates declared as grain, twice the declared weight. A spokesman said the inquiry would report in"
            + " May; monitors near the border counted four convoys.";

    @Test
    void agreementKeptDocumentByDocumentEqualsAFullComputationAfterAnyEdits() {
        PropertyCheck.forAll(TRIES, IncrementalAgreementPropertyTest::sitting);
    }

    private static void sitting(Draw draw) throws Exception {
        try (ScratchFolder folder = ScratchFolder.create("incremental-agreement");
             ProjectSession session = new ProjectSession(NewProjects.create(folder.resolve("case.lectern")), "Ana")) {
            session.perform(session.tagEdits().add("Claim", "#f4b400"));
            session.perform(session.tagEdits().add("Evidence", "#0f9d58"));
            session.perform(session.tagEdits().add("Actor", "#4285f4"));
            int documents = draw.between(1, 3);
            for (int d = 0; d < documents; d++) {
                addDocument(session, d);
            }
            draw.repeat(0, 12, 70, d -> annotate(d, session));

            ReviewedState project = new ReviewedState(session::state);
            IncrementalAgreement anaBen = new IncrementalAgreement(project, "Ana", "Ben");
            IncrementalAgreement benCleo = new IncrementalAgreement(project, "Ben", "Cleo");
            session.addListener(event -> ReviewedState.documentsAnnotatedIn(event).forEach(document -> {
                anaBen.documentChanged(document);
                benCleo.documentChanged(document);
            }));
            assertSameAsFull(session, anaBen, "at the start");
            assertSameAsFull(session, benCleo, "at the start");
            draw.repeat(1, 25, 85, d -> {
                edit(d, session);
                // Sometimes several edits pass before the figures are asked for again.
                if (d.maybe(60)) {
                    assertSameAsFull(session, anaBen, "after the edits noted");
                }
                if (d.maybe(40)) {
                    assertSameAsFull(session, benCleo, "after the edits noted");
                }
            });
            assertSameAsFull(session, anaBen, "at the end");
            assertSameAsFull(session, benCleo, "at the end");
        }
    }

    /** Every row and figure, compared as values; the link table as the CSV writes it. */
    private static void assertSameAsFull(ProjectSession session, IncrementalAgreement kept, String when)
            throws Exception {
        AgreementReport full = Agreement.between(session.state().snapshot(), kept.authorA(), kept.authorB());
        AgreementReport report = kept.report();
        String who = kept.authorA() + " and " + kept.authorB() + ", " + when;
        assertEquals(full.documentRows(), report.documentRows(), who);
        assertEquals(full.corpusRows(), report.corpusRows(), who);
        assertEquals(full.grades(), report.grades(), who);
        assertEquals(records(full), records(report), who);
    }

    private static String records(AgreementReport report) throws Exception {
        StringWriter csv = new StringWriter();
        AgreementCsv.writeRecords(report, csv);
        return csv.toString();
    }

    private static void edit(Draw draw, ProjectSession session) {
        List<Annotation> all = new ArrayList<>();
        session.state().documents().forEach(d -> all.addAll(session.state().annotationsOf(d.id())));
        List<Annotation> colleagues = all.stream().filter(a -> !a.stamp().author().equals("Ana"))
                .filter(a -> session.reviewEdits().canDecide(a.id())).toList();
        switch (draw.below(9)) {
            case 0, 1 -> annotate(draw, session);
            case 2 -> {
                if (!all.isEmpty()) {
                    Annotation a = draw.oneOf(all);
                    draw.note("delete " + a.passage().quote() + " by " + a.stamp().author());
                    session.perform(session.edits().deleteAnnotation(a.id()));
                }
            }
            case 3 -> {
                if (!all.isEmpty()) {
                    Annotation a = draw.oneOf(all);
                    Tag tag = draw.oneOf(session.state().tags());
                    draw.note("retag " + a.passage().quote() + " as " + tag.name());
                    session.perform(session.edits().retag(a.id(), tag.id()));
                }
            }
            case 4 -> {
                if (!colleagues.isEmpty()) {
                    Annotation a = draw.oneOf(colleagues);
                    int choice = draw.below(4);
                    draw.note(List.of("accept", "amend", "reject", "withdraw").get(choice) + " "
                            + a.passage().quote());
                    switch (choice) {
                        case 0 -> session.perform(session.reviewEdits().accept(a.id(), ""));
                        case 1 -> {
                            int start = draw.below(TEXT.length() - 1);
                            session.perform(session.reviewEdits().amend(a.id(), start,
                                    start + 1 + draw.below(Math.min(40, TEXT.length() - start)),
                                    draw.oneOf(session.state().tags()).id(), ""));
                        }
                        case 2 -> session.perform(session.reviewEdits().reject(a.id(), ""));
                        default -> session.perform(session.reviewEdits().undecide(a.id()));
                    }
                }
            }
            case 5 -> {
                int choice = draw.below(3);
                List<Document> documents = session.state().documents();
                if (choice == 0 || documents.isEmpty()) {
                    draw.note("add a document");
                    addDocument(session, documents.size());
                } else if (choice == 1) {
                    Document document = draw.oneOf(documents);
                    draw.note("rename " + document.title());
                    session.perform(session.edits().renameDocument(document.id(), document.title() + " (revised)"));
                } else {
                    Document document = draw.oneOf(documents);
                    draw.note("remove " + document.title());
                    session.perform(session.edits().removeDocument(document.id()));
                }
            }
            case 6 -> {
                if (draw.maybe(30)) {
                    Tag tag = draw.oneOf(session.state().tags());
                    String name = tag.name().startsWith("Z") ? tag.name().substring(1) : "Z" + tag.name();
                    draw.note("rename the tag " + tag.name() + " to " + name);
                    session.perform(session.tagEdits().edit(tag.id(), name, tag.color(), tag.key(),
                            tag.description()));
                    return;
                }
                draw.note("undo");
                session.undo();
            }
            case 7 -> {
                draw.note("redo");
                session.redo();
            }
            default -> {
                // Two analysts' highlights in one edit, in two documents, as an import brings them.
                annotate(draw, session);
                annotate(draw, session);
            }
        }
    }

    private static void addDocument(ProjectSession session, int index) {
        session.perform(session.edits().addDocument("Report " + index, DocumentMetadata.EMPTY, TEXT));
    }

    /** A highlight by any of the three, often on a passage someone else marked (or near it). */
    private static void annotate(Draw draw, ProjectSession session) {
        List<Document> documents = session.state().documents();
        if (documents.isEmpty()) {
            return;
        }
        Document document = draw.oneOf(documents);
        List<Annotation> existing = session.state().annotationsOf(document.id());
        int start;
        int end;
        if (!existing.isEmpty() && draw.maybe(50)) {
            Annotation near = draw.oneOf(existing);
            start = Math.max(0, near.passage().start() - draw.below(3));
            end = Math.min(TEXT.length(), Math.max(start + 1, near.passage().end() + draw.below(5) - 2));
        } else {
            start = draw.below(TEXT.length() - 1);
            end = start + 1 + draw.below(Math.min(50, TEXT.length() - start));
        }
        String author = draw.oneOf(ANALYSTS);
        Tag tag = draw.oneOf(session.state().tags());
        draw.note(author + " marks " + start + ".." + end + " in " + document.title() + " as " + tag.name());
        Instant now = Instant.parse("2026-11-01T09:00:00Z");
        Annotation annotation = new Annotation(UUID.randomUUID(), document.id(), Passages.of(TEXT, start, end),
                tag.id(), "", new Stamp(author, now, now));
        session.perform(new Edit("Tag " + tag.name(), List.of(Change.created(annotation))));
    }
}
