package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Author;
import org.lectern.model.Change;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Likelihood;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;

/** Every field of every kind of record survives being saved, the file closed, and the file opened again. */
class RoundTripTest {
    @TempDir
    Path folder;

    private ProjectSnapshot saveCloseAndReopen(List<Change> changes) throws Exception {
        Path file = folder.resolve("round trip.lectern");
        try (ProjectStore store = ProjectFiles.create(file)) {
            store.write(changes);
        }
        try (ProjectStore store = ProjectFiles.open(file)) {
            assertEquals(ProjectFiles.CURRENT_FORMAT, store.schemaVersion());
            return store.load();
        }
    }

    @Test
    void everyRecordOfTheSampleProjectComesBackEqual() throws Exception {
        SampleProject sample = new SampleProject();

        ProjectSnapshot loaded = saveCloseAndReopen(sample.creation());

        assertEquals(List.of(sample.document), loaded.documents());
        assertEquals(List.of(sample.person, sample.claimTag, sample.unkeyed), loaded.tags());
        assertEquals(sample.annotations(), loaded.annotations());
        assertEquals(List.of(sample.actor), loaded.actors());
        assertEquals(List.of(sample.claim, sample.anonymousClaim), loaded.claims());
        assertEquals(List.of(sample.evidence), loaded.evidence());
        assertEquals(List.of(sample.link), loaded.links());
    }

    @Test
    void aDocumentKeepsItsMetadataAndItsTextWithEmojiAndNewlinesCharForChar() throws Exception {
        SampleProject sample = new SampleProject();

        Document loaded = saveCloseAndReopen(List.of(Change.created(sample.document))).documents().get(0);

        assertEquals(sample.document.metadata(), loaded.metadata());
        assertEquals("https://example.org/port-deal?utm=1&x=ü", loaded.metadata().url());
        assertEquals(SampleProject.TEXT, loaded.text());
        assertEquals(SampleProject.TEXT.length(), loaded.text().length(), "offsets count UTF-16 chars");
        assertEquals(sample.document, loaded);
    }

    @Test
    void stampsKeepAuthorAndBothInstantsToTheNanosecond() throws Exception {
        SampleProject sample = new SampleProject();

        ProjectSnapshot loaded = saveCloseAndReopen(sample.creation());

        Stamp stamp = loaded.documents().get(0).stamp();
        assertEquals("Alice Analyst", stamp.author());
        assertEquals(Instant.parse("2024-03-01T09:15:30.123456789Z"), stamp.created());
        assertEquals(Instant.parse("2024-03-02T10:00:00Z"), stamp.modified());
        assertEquals(sample.ruiz.stamp(), loaded.annotations().get(0).stamp());
    }

    @Test
    void anAnnotationKeepsOffsetsQuotePrefixSuffixTagAndNote() throws Exception {
        SampleProject sample = new SampleProject();

        ProjectSnapshot loaded = saveCloseAndReopen(sample.creation());

        var ruiz = loaded.annotations().get(0);
        assertEquals(sample.ruiz.passage(), ruiz.passage());
        assertEquals("Ana Ruiz 🇪🇸", ruiz.passage().quote());
        assertEquals(SampleProject.TEXT.substring(ruiz.passage().start(), ruiz.passage().end()),
                ruiz.passage().quote());
        assertEquals("Check spelling 🙂", ruiz.note());
        assertEquals(sample.person.id(), ruiz.tagId());
        assertEquals("Line 3\nsecond line of note", loaded.annotations().get(2).note());
    }

    @Test
    void anActorKeepsKindAliasesDescriptionAndMentionsInTheirOrder() throws Exception {
        SampleProject sample = new SampleProject();

        var actor = saveCloseAndReopen(sample.creation()).actors().get(0);

        assertEquals(sample.actor.kind(), actor.kind());
        assertEquals(List.of("Minister Ruiz", "A. Ruiz", "Ruiz"), actor.aliases());
        assertEquals("Minister of transport.\nSince 2021.", actor.description());
        assertEquals(List.of(sample.ruizLater.id(), sample.ruiz.id()), actor.mentionIds(),
                "mentions keep the analyst's order, not the order of the text");
        assertEquals(sample.actor, actor);
    }

    @Test
    void claimsKeepClaimantPassagesStatusAndLikelihoodAndMayHaveNoClaimant() throws Exception {
        SampleProject sample = new SampleProject();

        List<Claim> claims = saveCloseAndReopen(sample.creation()).claims();

        Claim claim = claims.get(0);
        assertEquals(sample.actor.id(), claim.claimantId());
        assertEquals(List.of(sample.confirmed.id(), sample.saidSigned.id()), claim.passageIds());
        assertEquals(ClaimStatus.DISPUTED, claim.status());
        assertEquals(Likelihood.VERY_LIKELY, claim.likelihood());
        Claim anonymous = claims.get(1);
        assertTrue(anonymous.claimant().isEmpty());
        assertEquals(sample.anonymousClaim, anonymous);
    }

    @Test
    void evidenceKeepsItsAdmiraltyGradeAndPassagesAndALinkItsStanceAndStrength() throws Exception {
        SampleProject sample = new SampleProject();

        ProjectSnapshot loaded = saveCloseAndReopen(sample.creation());

        assertEquals("B2", loaded.evidence().get(0).grade().code());
        assertEquals(List.of(sample.confirmed.id(), sample.ruizLater.id()), loaded.evidence().get(0).passageIds());
        assertEquals(sample.link, loaded.links().get(0));
    }

    @Test
    void authorsListsEveryAuthorNameUsedOnceEach() throws Exception {
        SampleProject sample = new SampleProject();

        List<Author> authors = saveCloseAndReopen(sample.creation()).authors();

        assertEquals(List.of("Alice Analyst", "Bob Builder", "Carol Checker", "Dave Devil's-Advocate"),
                authors.stream().map(Author::name).toList());
        assertEquals(4, authors.stream().map(Author::id).distinct().count());
    }

    @Test
    void recordsLoadInTheOrderTheyWereCreatedWhateverThePrecisionOfTheirTimestamps() throws Exception {
        // Instant.toString() drops trailing zeros: "...:00Z" sorts after "...:00.5Z" as text.
        Instant wholeSecond = Instant.parse("2024-05-01T10:00:00Z");
        Instant halfSecondLater = Instant.parse("2024-05-01T10:00:00.5Z");
        Instant aMicrosecondLater = Instant.parse("2024-05-01T10:00:00.500001Z");
        List<Change> changes = List.of(
                Change.created(claimAt("third", aMicrosecondLater)),
                Change.created(claimAt("second", halfSecondLater)),
                Change.created(claimAt("first", wholeSecond)));

        List<Claim> claims = saveCloseAndReopen(changes).claims();

        assertEquals(List.of("first", "second", "third"), claims.stream().map(Claim::statement).toList());
    }

    @Test
    void anEmptyProjectLoadsEmpty() throws Exception {
        ProjectSnapshot loaded = saveCloseAndReopen(List.of());

        assertEquals(new ProjectSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()), loaded);
    }

    @Test
    void aDocumentWithEmptyMetadataComesBackWithEmptyNotMissingFields() throws Exception {
        Document bare = new Document(UUID.randomUUID(), "Bare", DocumentMetadata.EMPTY, "",
                new Stamp("Alice Analyst", SampleProject.CREATED, SampleProject.CREATED));

        assertEquals(List.of(bare), saveCloseAndReopen(List.of(Change.created(bare))).documents());
    }

    private static Claim claimAt(String statement, Instant created) {
        return new Claim(UUID.randomUUID(), statement, null, List.of(), ClaimStatus.ASSERTED, Likelihood.LIKELY,
                new Stamp("Alice Analyst", created, created));
    }
}
