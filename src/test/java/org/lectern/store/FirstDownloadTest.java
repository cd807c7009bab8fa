package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Passage;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ReviewComment;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;

/**
 * A team project brought into a project that holds nothing yet: everything that can stand comes in at once, what
 * cannot (a highlight on an article the team deleted) is listed, and the project is then in step with the team.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FirstDownloadTest {
    private static final Instant T = Instant.parse("2024-03-01T09:00:00.123456789Z");
    private static final String TEXT = "Customs officers at Varno opened forty crates.";

    @TempDir
    Path folder;

    @Test
    void a_first_download_brings_in_what_stands_lists_what_cannot_and_leaves_the_project_in_step() throws Exception {
        Document article = new Document(UUID.randomUUID(), "Crates", DocumentMetadata.EMPTY, TEXT,
                new Stamp("Lena Lead", T, T));
        Tag tag = new Tag(UUID.randomUUID(), "Actor", "#336699", 1, "");
        Annotation customs = highlight(article.id(), tag.id(), 0, 7);
        Annotation officers = highlight(article.id(), tag.id(), 8, 16);
        Annotation onAGoneArticle = highlight(UUID.randomUUID(), tag.id(), 0, 7);
        Actor actor = new Actor(UUID.randomUUID(), "Customs", ActorKind.values()[0], List.of(), "",
                List.of(customs.id()), new Stamp("Ana Analyst", T, T));
        Actor mentioningTheGone = new Actor(UUID.randomUUID(), "Ghost", ActorKind.values()[0], List.of(), "",
                List.of(onAGoneArticle.id()), new Stamp("Ana Analyst", T, T));
        ReviewComment question = new ReviewComment(UUID.randomUUID(), customs.id(), null, "Which service?", false,
                new Stamp("Rita Reviewer", T, T.plusSeconds(9)));
        ReviewComment answer = new ReviewComment(UUID.randomUUID(), customs.id(), question.id(), "The border one.",
                false, new Stamp("Ana Analyst", T, T.plusSeconds(5)));
        // The server's order: the answer before the question it answers (the question was edited later).
        List<IncomingRecord> team = List.of(in(answer), in(customs), in(officers), in(onAGoneArticle), in(actor),
                in(mentioningTheGone), in(tag), in(article), in(question),
                IncomingRecord.deletion("annotation", UUID.randomUUID(), "Ana Analyst", T));

        try (ProjectStore store = ProjectFiles.create(folder.resolve("new.lectern"))) {
            TeamLedger ledger = store.teamLedger().orElseThrow();
            ledger.link("jdbc:postgresql://team.example.org/cell", "bob");
            ApplyOutcome outcome = ledger.applyIncoming(team, 77, ProjectRecord::toString);

            Set<ProjectRecord> held = new HashSet<>();
            var all = store.load();
            held.addAll(all.documents());
            held.addAll(all.tags());
            held.addAll(all.annotations());
            held.addAll(all.actors());
            held.addAll(all.comments());
            assertEquals(Set.of(article, tag, customs, officers, actor, question, answer), held);
            assertEquals(7, outcome.applied());
            assertEquals(2, outcome.skipped(), "the highlight on a gone article, and the actor naming it");
            Set<UUID> listed = new HashSet<>();
            ledger.conflicts().forEach(c -> listed.add(c.id()));
            assertEquals(Set.of(onAGoneArticle.id(), mentioningTheGone.id()), listed);
            assertEquals(Set.of(article, tag, customs, officers, actor, question, answer),
                    new HashSet<>(outcome.changes().stream().map(Change::after).toList()),
                    "memory is told of each record written");
            assertTrue(outcome.changes().stream().allMatch(c -> c.before() == null));
            assertEquals(List.of(), ledger.pending(), "nothing brought in is to be sent back");
            assertEquals(77, ledger.lastRev());

            // In step with the team: a record changed and changed back is not pending, one deleted is.
            Annotation noted = new Annotation(officers.id(), officers.documentId(), officers.passage(),
                    officers.tagId(), "a note", officers.stamp().touched());
            store.write(List.of(Change.updated(officers, noted)));
            store.write(List.of(Change.updated(noted, officers)));
            assertEquals(List.of(), ledger.pending());
            store.write(List.of(Change.deleted(officers)));
            store.write(List.of(Change.created(officers)));
            assertEquals(List.of(), ledger.pending(), "nor is one deleted and brought back (an undo)");
            store.write(List.of(Change.deleted(customs)));
            assertTrue(ledger.pending().stream().anyMatch(p -> p.id().equals(customs.id()) && p.deleted()),
                    "a deletion of what came from the team is sent");
        }
    }

    @Test
    void a_download_in_pages_takes_a_record_before_the_one_it_refers_to_and_leaves_a_normal_project() throws Exception {
        Document article = new Document(UUID.randomUUID(), "Crates", DocumentMetadata.EMPTY, TEXT,
                new Stamp("Lena Lead", T, T));
        Tag tag = new Tag(UUID.randomUUID(), "Actor", "#336699", 1, "");
        Annotation customs = highlight(article.id(), tag.id(), 0, 7);
        Annotation officers = highlight(article.id(), tag.id(), 8, 16);
        // The article was retitled after it was annotated, so the server sends it last.
        List<IncomingPage> pages = List.of(new IncomingPage(List.of(in(customs), in(officers)), 10),
                new IncomingPage(List.of(in(tag)), 11), new IncomingPage(List.of(in(article)), 12));
        Path file = folder.resolve("paged.lectern");
        try (ProjectStore store = ProjectFiles.create(file)) {
            TeamLedger ledger = store.teamLedger().orElseThrow();
            ledger.link("jdbc:postgresql://team.example.org/cell", "bob");
            ApplyOutcome outcome = ledger.applyIncoming(IncomingPages.of(pages), ProjectRecord::toString, r -> false);

            assertEquals(4, outcome.applied());
            assertEquals(0, outcome.skipped());
            assertEquals(List.of(), ledger.conflicts());
            var all = store.load();
            assertEquals(Set.of(customs, officers), new HashSet<>(all.annotations()));
            assertEquals(List.of(article), all.documents());
            assertEquals(List.of(), ledger.pending(), "nothing brought in is to be sent back");
            assertEquals(12, ledger.lastRev());
            Annotation added = highlight(article.id(), tag.id(), 17, 20);
            store.write(List.of(Change.created(added)));
            assertEquals(List.of(added.id()), ledger.pending().stream().map(PendingRecord::id).toList(),
                    "what is made afterwards is noted to be sent");
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = raw.createStatement();
             ResultSet rows = sql.executeQuery("SELECT name FROM sqlite_master WHERE name IN"
                     + " ('annotation_by_document', 'team_note_annotation_insert', 'team_note_annotation_update',"
                     + " 'team_note_annotation_delete')")) {
            Set<String> names = new HashSet<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            assertEquals(Set.of("annotation_by_document", "team_note_annotation_insert", "team_note_annotation_update",
                    "team_note_annotation_delete"), names,
                    "the file keeps its index and its change notes");
        }
    }

    @Test
    void a_record_changed_or_deleted_while_the_download_ran_comes_in_as_the_team_last_had_it() throws Exception {
        Document article = new Document(UUID.randomUUID(), "Crates", DocumentMetadata.EMPTY, TEXT,
                new Stamp("Lena Lead", T, T));
        Tag tag = new Tag(UUID.randomUUID(), "Actor", "#336699", 1, "");
        Annotation customs = highlight(article.id(), tag.id(), 0, 7);
        Annotation officers = highlight(article.id(), tag.id(), 8, 16);
        Annotation noted = new Annotation(customs.id(), customs.documentId(), customs.passage(), customs.tagId(),
                "changed meanwhile", customs.stamp().touched());
        List<IncomingPage> pages = List.of(new IncomingPage(List.of(in(tag), in(article), in(customs), in(officers)), 4),
                new IncomingPage(List.of(in(noted), IncomingRecord.deletion("annotation", officers.id(),
                        "Ana Analyst", T.plusSeconds(60))), 6));
        try (ProjectStore store = ProjectFiles.create(folder.resolve("meanwhile.lectern"))) {
            TeamLedger ledger = store.teamLedger().orElseThrow();
            ledger.link("jdbc:postgresql://team.example.org/cell", "bob");
            ledger.applyIncoming(IncomingPages.of(pages), ProjectRecord::toString, r -> false);

            assertEquals(List.of(noted), store.load().annotations());
            assertEquals(List.of(), ledger.pending());
            assertEquals(6, ledger.lastRev());
        }
    }

    @Test
    void an_article_retitled_while_the_download_ran_comes_in_with_its_new_title_and_its_highlights() throws Exception {
        Document article = new Document(UUID.randomUUID(), "Crates", DocumentMetadata.EMPTY, TEXT,
                new Stamp("Lena Lead", T, T));
        Document retitled = new Document(article.id(), "Forty crates at Varno", DocumentMetadata.EMPTY, TEXT,
                new Stamp("Lena Lead", T, T.plusSeconds(30)));
        Tag tag = new Tag(UUID.randomUUID(), "Actor", "#336699", 1, "");
        Annotation customs = highlight(article.id(), tag.id(), 0, 7);
        List<IncomingPage> pages = List.of(new IncomingPage(List.of(in(tag), in(article), in(customs)), 3),
                new IncomingPage(List.of(in(retitled)), 4));
        try (ProjectStore store = ProjectFiles.create(folder.resolve("retitled.lectern"))) {
            TeamLedger ledger = store.teamLedger().orElseThrow();
            ledger.link("jdbc:postgresql://team.example.org/cell", "bob");
            ApplyOutcome outcome = ledger.applyIncoming(IncomingPages.of(pages), ProjectRecord::toString, r -> false);

            assertEquals(List.of(retitled), store.load().documents());
            assertEquals(List.of(customs), store.load().annotations());
            assertEquals(3, outcome.applied());
            assertEquals(List.of(), ledger.pending());
            assertEquals(4, ledger.lastRev());
        }
    }

    @Test
    void a_download_cut_short_while_reading_leaves_the_project_as_it_was() throws Exception {
        Document article = new Document(UUID.randomUUID(), "Crates", DocumentMetadata.EMPTY, TEXT,
                new Stamp("Lena Lead", T, T));
        Tag tag = new Tag(UUID.randomUUID(), "Actor", "#336699", 1, "");
        IncomingPages cut = new IncomingPages() {
            private int served;

            @Override
            public boolean hasNext() {
                if (served == 1) {
                    throw new IllegalStateException("the server went away");
                }
                return true;
            }

            @Override
            public IncomingPage next() {
                hasNext();
                served++;
                return new IncomingPage(List.of(in(tag), in(article), in(highlight(article.id(), tag.id(), 0, 7))), 3);
            }

            @Override
            public IncomingPage readAgain() {
                throw new IllegalStateException("the server went away");
            }
        };
        try (ProjectStore store = ProjectFiles.create(folder.resolve("cut.lectern"))) {
            TeamLedger ledger = store.teamLedger().orElseThrow();
            ledger.link("jdbc:postgresql://team.example.org/cell", "bob");
            assertThrows(IllegalStateException.class,
                    () -> ledger.applyIncoming(cut, ProjectRecord::toString, r -> false));

            assertEquals(List.of(), store.load().documents());
            assertEquals(List.of(), store.load().annotations());
            assertEquals(0, ledger.lastRev());
            assertTrue(ledger.teamLink().isPresent(), "still linked, to try again");
            ApplyOutcome again = ledger.applyIncoming(List.of(in(tag), in(article)), 2, ProjectRecord::toString);
            assertEquals(2, again.applied(), "the next try brings everything");
        }
    }

    private static Annotation highlight(UUID documentId, UUID tagId, int start, int end) {
        return new Annotation(UUID.randomUUID(), documentId, new Passage(start, end, TEXT.substring(start, end),
                TEXT.substring(0, start), TEXT.substring(end)), tagId, "", new Stamp("Ana Analyst", T, T));
    }

    private static IncomingRecord in(ProjectRecord record) {
        return IncomingRecord.version(record, "Ana Analyst", T);
    }
}
