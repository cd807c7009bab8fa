package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Verdict;
import org.lectern.store.ProjectFiles;

/**
 * Two analysts on two laptops: Ana and Ben annotate the same article in their own project files; Ana brings
 * in Ben's work, decides on it with reasons and comments, and sends a review bundle back; Ben opens it and
 * sees which of his annotations were accepted, amended or rejected, and why.
 */
class ReviewRoundTripTest {
    private static final String ARTICLE = """
            The port authority said on Monday that no weapons passed through the harbour.
            Shipping records obtained by reporters list four containers of machine parts.
            A customs officer, speaking on condition of anonymity, said the containers were never opened.
            """;

    @TempDir
    Path folder;

    @Test
    void anaReviewsBensWorkAndBenSeesHerDecisionsInTheBundle() throws Exception {
        Path anas = folder.resolve("ana.lectern");
        Path bens = folder.resolve("ben.lectern");
        annotate(anas, "Ana", Map.of("no weapons passed through the harbour", "Claim",
                "Shipping records", "Evidence"));
        annotate(bens, "Ben", Map.of("no weapons passed through the harbour", "Claim",
                "four containers of machine parts", "Evidence",
                "speaking on condition of anonymity", "Source"));
        byte[] bensBefore = Files.readAllBytes(bens);

        Path bundle = folder.resolve("ana-reviews-ben.lectern");
        try (ProjectSession ana = new ProjectSession(ProjectFiles.open(anas), "Ana")) {
            ColleagueWork.bringIn(ana, bens);
            assertEquals(0, ColleagueWork.bringIn(ana, bens).changes().size(), "twice changes nothing");
            Annotation containers = bensAnnotation(ana, "four containers of machine parts");
            Annotation anonymous = bensAnnotation(ana, "speaking on condition of anonymity");
            Annotation claim = bensAnnotation(ana, "no weapons passed through the harbour");
            ana.perform(ana.reviewEdits().accept(containers.id(), "Matches the manifest"));
            ana.perform(ana.reviewEdits().reject(anonymous.id(), "Not a source we can grade"));
            int start = ARTICLE.indexOf("said on Monday that no weapons passed through the harbour");
            ana.perform(ana.reviewEdits().amend(claim.id(), start,
                    start + "said on Monday that no weapons passed through the harbour".length(),
                    claim.tagId(), "Keep the attribution in the claim"));
            ana.perform(ana.reviewEdits().comment(anonymous.id(), "Can you name the office at least?"));
            ReviewBundle.export(ana, bundle);
        }
        assertArrayEquals(bensBefore, Files.readAllBytes(bens), "Ben's own file is never changed");

        try (ProjectSession ben = new ProjectSession(ProjectFiles.open(bundle), "Ben")) {
            Map<String, ReviewDecision> decisions = ben.state().decisions().stream().collect(Collectors.toMap(
                    d -> ben.state().annotation(d.reviewedId()).orElseThrow().passage().quote(), d -> d));
            assertEquals(Verdict.ACCEPTED, decisions.get("four containers of machine parts").verdict());
            assertEquals("Matches the manifest", decisions.get("four containers of machine parts").comment());
            assertEquals(Verdict.REJECTED, decisions.get("speaking on condition of anonymity").verdict());
            assertEquals(Verdict.AMENDED, decisions.get("no weapons passed through the harbour").verdict());
            assertTrue(decisions.values().stream().allMatch(d -> d.stamp().author().equals("Ana")));
            UUID anonymous = decisions.get("speaking on condition of anonymity").reviewedId();
            assertEquals(List.of("Can you name the office at least?"),
                    ben.state().commentsOn(anonymous).stream().map(c -> c.text()).toList());
            assertEquals("said on Monday that no weapons passed through the harbour", ben.state()
                    .annotation(decisions.get("no weapons passed through the harbour").resultId()).orElseThrow()
                    .passage().quote(), "the amended passage is in the adjudicated layer");
        }
    }

    private static Annotation bensAnnotation(ProjectSession session, String quote) {
        return session.state().annotationsOf(session.state().documents().get(0).id()).stream()
                .filter(a -> a.stamp().author().equals("Ben") && a.passage().quote().equals(quote))
                .findFirst().orElseThrow();
    }

    private static void annotate(Path file, String analyst, Map<String, String> highlights) throws Exception {
        try (ProjectSession session = new ProjectSession(ProjectFiles.create(file), analyst)) {
            ProjectSetup.ensureDefaultTags(session);
            session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, ARTICLE));
            UUID document = session.state().documents().get(0).id();
            for (var highlight : highlights.entrySet()) {
                int start = ARTICLE.indexOf(highlight.getKey());
                session.perform(session.edits().annotate(document, start, start + highlight.getKey().length(),
                        session.state().tagNamed(highlight.getValue()).orElseThrow().id()));
            }
        }
    }
}
