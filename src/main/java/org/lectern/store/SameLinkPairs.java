package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lectern.model.Link;
import org.lectern.model.ProjectRecord;

/**
 * Two members who, apart, link the same evidence to the same claim make two links, and a project holds one link
 * for a pair. The later link stands everywhere (the same moment: the greater id), so every project and the team end
 * with the same one: an earlier link here gives way to a later one from the team (taken as the team's deletion of
 * it, and, if it is the member's own that the team has, its deletion is sent), and an earlier one from the team is
 * not brought in. Either way the link that gives way is listed among the team conflicts.
 */
final class SameLinkPairs {
    /** The incoming list with the links here that give way as deletions, and without the team's that give way. */
    final List<IncomingRecord> latest;
    /** Links here that give way to a later one of the team's. */
    final List<Link> givingWay = new ArrayList<>();
    /** Links of the team's that give way to a later one here, each with the link that stays. */
    final Map<IncomingRecord, Link> notBroughtIn = new HashMap<>();

    private SameLinkPairs(List<IncomingRecord> latest) {
        this.latest = latest;
    }

    static SameLinkPairs weigh(Connection connection, CurrentRecords current, List<IncomingRecord> latest)
            throws SQLException {
        // Of the team's links of one pair, the later stands (two members' links that both reached the team).
        Map<List<UUID>, IncomingRecord> standing = new HashMap<>();
        Map<UUID, IncomingRecord> arriving = new HashMap<>();
        for (IncomingRecord record : latest) {
            arriving.put(record.id(), record);
            if (record.record() instanceof Link link) {
                standing.merge(pair(link), record, (one, two) -> isLater((Link) two.record(), (Link) one.record())
                        ? two : one);
            }
        }
        SameLinkPairs pairs = new SameLinkPairs(new ArrayList<>(latest.size()));
        Map<UUID, Link> herePassedOver = new HashMap<>();
        Map<UUID, Link> givingWayFor = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM link WHERE evidence_id = ? AND claim_id = ? AND id <> ?")) {
            for (IncomingRecord record : standing.values()) {
                Link incoming = (Link) record.record();
                UUID other = otherLinkHere(select, incoming);
                IncomingRecord otherArriving = other == null ? null : arriving.get(other);
                if (other == null || otherArriving != null && (otherArriving.deleted()
                        || !pair((Link) otherArriving.record()).equals(pair(incoming)))) {
                    continue; // none here, or the team's list deletes it or links it otherwise
                }
                Link here = otherArriving != null ? (Link) otherArriving.record()
                        : (Link) current.of(connection, Map.of("link", Set.of(other))).get(other);
                if (isLater(incoming, here)) {
                    givingWayFor.put(incoming.id(), here);
                } else {
                    herePassedOver.put(incoming.id(), here);
                }
            }
        }
        Set<UUID> replaced = new HashSet<>();
        givingWayFor.values().forEach(link -> replaced.add(link.id()));
        for (IncomingRecord record : latest) {
            if (replaced.contains(record.id())) {
                continue; // its deletion goes in before the link that takes its place
            }
            if (record.record() instanceof Link link) {
                Link stays = standing.get(pair(link)).record() == link ? herePassedOver.get(link.id())
                        : (Link) standing.get(pair(link)).record();
                if (stays != null) {
                    pairs.notBroughtIn.put(record, stays);
                    continue;
                }
                Link gone = givingWayFor.get(link.id());
                if (gone != null) {
                    pairs.latest.add(IncomingRecord.deletion("link", gone.id(), record.author(), record.modified()));
                    pairs.givingWay.add(gone);
                }
            }
            pairs.latest.add(record);
        }
        return pairs;
    }

    private static List<UUID> pair(Link link) {
        return List.of(link.evidenceId(), link.claimId());
    }

    private static UUID otherLinkHere(PreparedStatement select, Link incoming) throws SQLException {
        Columns.set(select, 1, incoming.evidenceId());
        Columns.set(select, 2, incoming.claimId());
        Columns.set(select, 3, incoming.id());
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Columns.uuid(rows, "id") : null;
        }
    }

    /** Whether {@code link} stands over {@code other}: made later, or at the same moment with the greater id. */
    static boolean isLater(Link link, Link other) {
        Instant one = link.stamp().modified();
        Instant two = other.stamp().modified();
        return one.isAfter(two) || one.equals(two) && link.id().toString().compareTo(other.id().toString()) > 0;
    }

    static String detail(ProjectRecord staying) {
        return "a later link of the same evidence and claim by " + ((Link) staying).stamp().author() + " stands";
    }
}
