package org.lectern.team;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Passage;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;
import org.lectern.model.Verdict;
import org.lectern.store.team.RecordJson;
import org.lectern.store.team.ServerRecord;
import org.lectern.store.team.TeamAdmin;
import org.lectern.store.team.TeamRole;
import org.lectern.store.team.TeamServer;
import org.lectern.team.TestServer.TestDatabase;

/**
 * A team set up on a fresh database: a lead (Lena Lead), a reviewer (Rita Reviewer) and two analysts (Ana
 * Analyst, Bob Analyst), each with a login of their own whose password is the login followed by "-pw"; and
 * records of the kinds they write, made as Lectern makes them.
 */
public final class TeamFixture {
    public static final String LEAD = "Lena Lead";
    public static final String REVIEWER = "Rita Reviewer";
    public static final String ANA = "Ana Analyst";
    public static final String BOB = "Bob Analyst";

    public static final String TEXT = "Customs officers at Varno opened forty crates. The ministry denied it.";

    private final TestDatabase db;

    private TeamFixture(TestDatabase db) {
        this.db = db;
    }

    public static TeamFixture create() {
        TestDatabase db = TestServer.freshDatabase();
        TeamFixture team = new TeamFixture(db);
        try (TeamAdmin admin = TeamAdmin.at(db.ownerAddress(), db.ownerPassword())) {
            admin.init();
            for (String name : List.of(LEAD, REVIEWER, ANA, BOB)) {
                TeamRole role = name.equals(LEAD) ? TeamRole.LEAD : name.equals(REVIEWER) ? TeamRole.REVIEWER
                        : TeamRole.ANALYST;
                admin.addMember(team.login(name), name, role, team.password(name).toCharArray());
            }
        }
        return team;
    }

    public TestDatabase db() {
        return db;
    }

    /** The login of a person of this team (first name, lower case, made unique on the server). */
    public String login(String name) {
        return db.login(name.substring(0, name.indexOf(' ')));
    }

    public String password(String name) {
        return login(name) + "-pw";
    }

    public TeamServer connect(String name) {
        return TeamServer.connect(db.address(login(name)), password(name).toCharArray());
    }

    /** Plain JDBC as that person, as psql would: what they could do without Lectern. */
    public Connection psql(String name) throws SQLException {
        return db.connectAs(login(name), password(name));
    }

    public static Document document(String author, Instant modified) {
        return new Document(UUID.randomUUID(), "Crates at Varno", new DocumentMetadata("Wire", "", "2024-03-01", ""),
                TEXT, new Stamp(author, modified.minusSeconds(60), modified));
    }

    public static Tag tag(String name) {
        return new Tag(UUID.randomUUID(), name, "#aa3355", 1, "Who did it");
    }

    public static Annotation annotation(UUID documentId, UUID tagId, String author, Instant modified) {
        return new Annotation(UUID.randomUUID(), documentId, new Passage(0, 7, "Customs", "", " officers"), tagId,
                "the customs service", new Stamp(author, modified.minusSeconds(60), modified));
    }

    public static ReviewDecision decision(UUID reviewedId, UUID resultId, String author, Instant modified) {
        return new ReviewDecision(UUID.randomUUID(), reviewedId, Verdict.ACCEPTED, resultId, "agreed",
                new Stamp(author, modified, modified));
    }

    /** A stamped record as its author sends it. */
    public static ServerRecord sent(org.lectern.model.ProjectRecord record, String author, Instant modified) {
        return RecordJson.toServer(record, author, modified, false, false);
    }

    public static ServerRecord sent(Annotation annotation) {
        return RecordJson.toServer(annotation, annotation.stamp().author(), annotation.stamp().modified(), false,
                false);
    }

    public static ServerRecord adjudicated(Annotation annotation) {
        return RecordJson.toServer(annotation, annotation.stamp().author(), annotation.stamp().modified(), true,
                false);
    }
}
