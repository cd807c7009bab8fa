package org.lectern.io.qda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lectern.model.Actor;
import org.lectern.model.Claim;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;

/**
 * Lectern's actors, claims and evidence as REFI-QDA sees them: a non-codable code group "Lectern" with the
 * groups "Actors", "Claims" and "Evidence", one code per record (its GUID is the record's id) whose
 * description says what the schema has no place for (kind, aliases, status, likelihood, claimant, Admiralty
 * grade). Each passage of a record is coded with the record's code, and each evidence→claim link becomes a
 * {@code <Link>} between their codes. This is how a QDA program would hold the same analysis, and it
 * stays valid against the schema; Lectern's own import reads back only tags, highlights and notes.
 */
final class LecternStructure {
    static final String GROUP_NAME = "Lectern";
    static final String ACTORS = "Actors";
    static final String CLAIMS = "Claims";
    static final String EVIDENCE = "Evidence";

    /** One code of the group: a record and what a QDA program should show for it. */
    record StructureCode(UUID guid, String name, String description, Stamp stamp) {
    }

    private final Map<String, List<StructureCode>> groups = new LinkedHashMap<>();
    private final Map<UUID, List<StructureCode>> codesByPassage = new HashMap<>();

    LecternStructure(ProjectSnapshot scoped) {
        Map<UUID, String> actorNames = new HashMap<>();
        List<StructureCode> actors = new ArrayList<>();
        for (Actor actor : scoped.actors()) {
            actorNames.put(actor.id(), actor.name());
            StructureCode code = new StructureCode(actor.id(), actor.name(), describe(actor), actor.stamp());
            actors.add(code);
            codePassages(code, actor.mentionIds());
        }
        List<StructureCode> claims = new ArrayList<>();
        for (Claim claim : scoped.claims()) {
            StructureCode code = new StructureCode(claim.id(), nameOf(claim.toString()),
                    describe(claim, actorNames.get(claim.claimantId())), claim.stamp());
            claims.add(code);
            codePassages(code, claim.passageIds());
        }
        List<StructureCode> evidence = new ArrayList<>();
        for (Evidence item : scoped.evidence()) {
            StructureCode code = new StructureCode(item.id(), nameOf(item.toString()), describe(item), item.stamp());
            evidence.add(code);
            codePassages(code, item.passageIds());
        }
        putIfAny(ACTORS, actors);
        putIfAny(CLAIMS, claims);
        putIfAny(EVIDENCE, evidence);
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Group name → its codes, in the order they are written. */
    Map<String, List<StructureCode>> groups() {
        return groups;
    }

    /** The structure codes a highlight is coded with, beside its tag. */
    List<StructureCode> codesOf(UUID annotationId) {
        return codesByPassage.getOrDefault(annotationId, List.of());
    }

    private void codePassages(StructureCode code, List<UUID> passageIds) {
        for (UUID passage : passageIds) {
            codesByPassage.computeIfAbsent(passage, k -> new ArrayList<>()).add(code);
        }
    }

    private void putIfAny(String group, List<StructureCode> codes) {
        if (!codes.isEmpty()) {
            groups.put(group, codes);
        }
    }

    static String describe(Grade grade) {
        return "Admiralty grade " + grade.code() + ": source " + grade.reliability().meaning()
                + "; information " + grade.credibility().meaning() + ".";
    }

    private static String describe(Actor actor) {
        StringBuilder text = new StringBuilder("Actor (" + actor.kind().label() + ").");
        if (!actor.aliases().isEmpty()) {
            text.append(" Also called: ").append(String.join(", ", actor.aliases())).append('.');
        }
        appendParagraph(text, actor.description());
        return text.toString();
    }

    private static String describe(Claim claim, String claimant) {
        StringBuilder text = new StringBuilder("Claim, " + claim.status().label() + ".");
        if (claimant != null) {
            text.append(" Claimant: ").append(claimant).append('.');
        }
        if (!claim.likelihood().band().isEmpty()) {
            text.append(" Likelihood: ").append(claim.likelihood().label())
                    .append(" (").append(claim.likelihood().band()).append(").");
        }
        appendParagraph(text, claim.statement());
        return text.toString();
    }

    private static String describe(Evidence evidence) {
        StringBuilder text = new StringBuilder("Evidence. " + describe(evidence.grade()));
        appendParagraph(text, evidence.description());
        return text.toString();
    }

    private static void appendParagraph(StringBuilder text, String paragraph) {
        if (!paragraph.isBlank()) {
            text.append("\n\n").append(paragraph);
        }
    }

    /** A code's name is one line; the full text stays in its description. */
    private static String nameOf(String text) {
        return OneLine.of(text);
    }
}
