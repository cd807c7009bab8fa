package org.lectern.store.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.lectern.model.Actor;
import org.lectern.model.ActorKind;
import org.lectern.model.Annotation;
import org.lectern.model.Claim;
import org.lectern.model.ClaimStatus;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Likelihood;
import org.lectern.model.Link;
import org.lectern.model.Passage;
import org.lectern.model.ProjectRecord;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamp;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.model.Tag;
import org.lectern.model.Verdict;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordJsonTest {
    private static final Stamp STAMP = new Stamp("Zoë Ångström", Instant.parse("2024-02-29T23:59:59.987654321Z"),
            Instant.parse("2024-03-01T00:00:00.000000001Z"));

    private static List<ProjectRecord> everyKind() {
        UUID document = UUID.randomUUID();
        UUID tag = UUID.randomUUID();
        UUID annotation = UUID.randomUUID();
        return List.of(
                new Document(document, "Crates «at» Varno", new DocumentMetadata("Wire", "A. Writer", "2024-03-01",
                        "https://example.org/a?b=1&c=2"), "Line one\nLine two — \"quoted\" \u00e9\ud83d\ude00", STAMP),
                new Tag(tag, "Actor", "#AA3355", 3, "Who did it"),
                new Annotation(annotation, document, new Passage(5, 8, "one", "Line ", "\nLine"), tag, "", STAMP),
                new Actor(UUID.randomUUID(), "Ministry", ActorKind.ORGANISATION, List.of("the ministry", "MoD"), "",
                        List.of(annotation), STAMP),
                new Claim(UUID.randomUUID(), "Denied it", null, List.of(annotation), ClaimStatus.DISPUTED,
                        Likelihood.ROUGHLY_EVEN_CHANCE, STAMP),
                new Evidence(UUID.randomUUID(), "Crates opened", List.of(annotation, UUID.randomUUID()),
                        Grade.parse("B2"), STAMP),
                new Link(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Stance.REFUTES, Strength.STRONG, STAMP),
                new ReviewComment(UUID.randomUUID(), annotation, null, "Why this span?", true, STAMP),
                new ReviewDecision(UUID.randomUUID(), annotation, Verdict.REJECTED, null, "", STAMP));
    }

    @Test
    void every_kind_of_record_reads_back_equal_to_what_was_written() {
        List<ProjectRecord> records = everyKind();
        assertEquals(Arrays.stream(RecordKind.values()).toList(), records.stream().map(RecordKind::of).toList());
        for (ProjectRecord record : records) {
            String json = RecordJson.write(record);
            assertEquals(record, RecordJson.read(RecordKind.of(record).word(), json), json);
        }
    }

    @Test
    void the_json_holds_no_nulls_and_instants_as_text_to_the_nanosecond() {
        ProjectRecord claim = everyKind().get(4);
        String json = RecordJson.write(claim);
        assertFalse(json.contains("null"), json);
        assertFalse(json.contains("claimantId"), json);
        assertEquals(true, json.contains("\"modified\":\"2024-03-01T00:00:00.000000001Z\""), json);
    }

    @Test
    void a_body_that_is_not_a_record_of_its_kind_is_refused_with_a_sentence() {
        TeamServerException failure = assertThrows(TeamServerException.class,
                () -> RecordJson.read("tag", "{\"id\":\"" + UUID.randomUUID() + "\",\"color\":\"red\"}"));
        assertEquals(true, failure.getMessage().startsWith("A tag from the team server could not be read"),
                failure.getMessage());
    }

    @Test
    void the_current_team_schema_version_is_the_newest_migration() throws Exception {
        Path migrations = Path.of("src/main/resources/org/lectern/store/team/migration");
        try (Stream<Path> files = Files.list(migrations)) {
            int newest = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
            assertEquals(Integer.toString(newest), TeamSchema.CURRENT_VERSION);
        }
    }
}
