package org.lectern.properties;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lectern.service.Edits;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;

/**
 * Random edits of a member of a team, through Lectern's service layer, within what their role may write: an
 * analyst's reading (highlights, actors, claims, evidence, links) and comments; a reviewer's decisions too; a
 * lead's articles and tags too. Each changes or deletes only records of their own (the team's articles and tags
 * are the lead's), as the team's server allows; the built-in tags every member's Lectern looks up by name
 * (Actor, Claim, Evidence) are left as they are, and no tag is deleted: a colleague offline may be using it.
 */
public final class TeamMemberEdits implements AutoCloseable {
    private final ScratchFolder folder;
    private final RandomEdits edits;

    private TeamMemberEdits(List<RandomEdits.Kind> kinds) throws Exception {
        folder = ScratchFolder.create("team-member");
        edits = new RandomEdits(folder, kinds, true, Set.of(Edits.ACTOR_TAG, Edits.CLAIM_TAG, Edits.EVIDENCE_TAG));
    }

    /** @param role analyst, reviewer or lead */
    public static TeamMemberEdits of(String role) throws Exception {
        List<RandomEdits.Kind> kinds = new ArrayList<>(RandomEdits.READING);
        kinds.addAll(List.of(RandomEdits.Kind.COMMENT, RandomEdits.Kind.REPLY, RandomEdits.Kind.RESOLVE,
                RandomEdits.Kind.EDIT_COMMENT, RandomEdits.Kind.DELETE_COMMENT));
        if (!role.equals("analyst")) {
            kinds.addAll(List.of(RandomEdits.Kind.ACCEPT, RandomEdits.Kind.AMEND, RandomEdits.Kind.REJECT,
                    RandomEdits.Kind.WITHDRAW_DECISION));
        }
        if (role.equals("lead")) {
            kinds.addAll(List.of(RandomEdits.Kind.NEW_TAG, RandomEdits.Kind.EDIT_TAG, RandomEdits.Kind.ADD_DOCUMENT,
                    RandomEdits.Kind.RENAME_DOCUMENT, RandomEdits.Kind.REMOVE_DOCUMENT));
        }
        return new TeamMemberEdits(kinds);
    }

    /** Draws one edit that applies, performs it; whether anything was saved. */
    public boolean perform(Draw draw, ProjectSession session) throws Exception {
        return edits.perform(draw, session);
    }

    /** A lead's starting project: the default tags and a few articles. */
    public void startingProject(Draw draw, ProjectSession session) throws Exception {
        ProjectSetup.ensureDefaultTags(session);
        for (Path article : Articles.write(folder, draw.list(1, 3, 40, RandomTexts::article))) {
            Articles.add(session, article);
        }
    }

    @Override
    public void close() {
        folder.close();
    }
}
