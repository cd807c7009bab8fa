package org.lectern.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.lectern.model.ProjectRecord;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.PendingRecord;
import org.lectern.store.ProjectStore;
import org.lectern.store.TeamLedger;

/**
 * An analyst works in a team project: random edits of every kind through the service layer, undoing and redoing
 * some, synchronising now and then. At every moment the records waiting to be sent are exactly those whose
 * current state differs from what the team was last given, each once and as it is now; and counting them, as
 * the status line does, gives their number.
 */
class TeamLedgerPropertyTest {
    private static final int TRIES = 40;

    @Test
    void thePendingRecordsAreExactlyThoseChangedSinceTheLastSynchronisation() {
        PropertyCheck.forAll(TRIES, TeamLedgerPropertyTest::sitting);
    }

    private static void sitting(Draw draw) throws Exception {
        try (ScratchFolder folder = ScratchFolder.create("team")) {
            Path file = folder.resolve("project.lectern");
            List<String> analysts = RandomTexts.analysts(draw, 2, 2);
            try (ProjectStore store = NewProjects.create(file)) {
                ProjectSession setup = new ProjectSession(store, analysts.get(1));
                ProjectSetup.ensureDefaultTags(setup);
                for (Path article : Articles.write(folder, draw.list(1, 2, 30, RandomTexts::article))) {
                    Articles.add(setup, article);
                }
                RandomEdits reading = new RandomEdits(folder, RandomEdits.READING);
                draw.repeat(0, 4, 50, d -> reading.perform(d, setup));

                TeamLedger ledger = store.teamLedger().orElseThrow();
                ledger.link("jdbc:postgresql://team.example.org/cell", "analyst");
                draw.note("— the project is linked to its team —");
                AtomicReference<Map<UUID, ProjectRecord>> synced = new AtomicReference<>();
                if (draw.maybe(70)) {
                    TeamRecords.allSent(ledger);
                    synced.set(TeamRecords.of(store));
                    draw.note("— synchronised —");
                } else {
                    synced.set(Map.of()); // nothing sent yet: the team has none of it
                }
                checkPending(ledger, synced.get(), TeamRecords.of(store), "after linking");

                ProjectSession session = new ProjectSession(store, analysts.get(0));
                RandomEdits edits = new RandomEdits(folder, RandomEdits.ALL);
                draw.repeat(1, 14, 85, d -> {
                    int what = d.below(10);
                    if (what == 0) {
                        TeamRecords.allSent(ledger);
                        synced.set(TeamRecords.of(store));
                        d.note("— synchronised —");
                    } else if (what == 1) {
                        d.note(session.undo() ? "undoes the last edit" : "has nothing to undo");
                    } else if (what == 2) {
                        d.note(session.redo() ? "redoes an edit" : "has nothing to redo");
                    } else {
                        edits.perform(d, session);
                    }
                    checkPending(ledger, synced.get(), TeamRecords.of(store), "after the last step");
                });
            }
        }
    }

    private static void checkPending(TeamLedger ledger, Map<UUID, ProjectRecord> synced,
                                     Map<UUID, ProjectRecord> now, String when) {
        List<PendingRecord> pending = ledger.pending();
        assertEquals(TeamRecords.changedBetween(synced, now), TeamRecords.pendingIds(ledger),
                when + ": the pending records are those changed since the last synchronisation");
        assertEquals(pending.size(), TeamRecords.pendingIds(ledger).size(), when + ": each is pending once");
        assertEquals(pending.size(), ledger.pendingCount(), when + ": the count a status line shows is that many");
        for (PendingRecord record : pending) {
            assertEquals(now.get(record.id()), record.current(), when + ": the pending version is the current one");
        }
    }
}
