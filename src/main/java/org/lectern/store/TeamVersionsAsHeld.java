package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.lectern.model.Change;
import org.lectern.model.ProjectRecord;

/**
 * A first download notes each record as the team's version without working out its digest
 * ({@link RecordDigest#AS_HELD}: the record as the file holds it). The first time an edit here changes or deletes
 * such a record, the digest of the version it replaces (the team's, which the edit's change still holds) is noted,
 * so that a record changed and changed back (an undo) is still known to be in step with the team and is not sent
 * again.
 */
final class TeamVersionsAsHeld {
    private TeamVersionsAsHeld() {
    }

    /** Once {@code changes} are written, in their transaction: notes the digest of each team's version replaced. */
    static void noteReplaced(Connection connection, List<Change> changes) throws SQLException {
        if (changes.stream().allMatch(change -> change.before() == null)
                || SqliteTeamLedger.readLink(connection).isEmpty()) {
            return; // only new records (an import), or a project of its own: nothing of the team's replaced
        }
        try (PreparedStatement asHeld = connection.prepareStatement(
                "SELECT 1 FROM team_synced WHERE record_id = ? AND digest = '" + RecordDigest.AS_HELD + "'");
             PreparedStatement note = connection.prepareStatement(
                     "UPDATE team_synced SET digest = ? WHERE record_id = ?")) {
            for (Change change : changes) {
                ProjectRecord before = change.before();
                if (before == null) {
                    continue;
                }
                Columns.set(asHeld, 1, before.id());
                boolean found;
                try (ResultSet row = asHeld.executeQuery()) {
                    found = row.next();
                }
                if (found) {
                    note.setString(1, RecordDigest.of(before));
                    Columns.set(note, 2, before.id());
                    note.executeUpdate();
                }
            }
        }
    }
}
