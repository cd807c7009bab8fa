package org.lectern.service.team;

import org.lectern.store.ApplyOutcome;
import org.lectern.store.team.PushResult;

/** What one synchronisation did: what came in, what was sent and what became of it, what was not to be sent. */
public record SyncReport(ApplyOutcome received, PushResult sent, int notSent, long lastRev) {
    public SyncReport {
        received = received.counts();
    }

    /** One line for the command line. */
    public String summary() {
        return "Received " + received.applied() + " change(s)"
                + (received.conflicts() > 0 ? ", " + received.conflicts() + " changed on both sides (the later kept,"
                + " the other listed)" : "")
                + (received.skipped() > 0 ? ", " + received.skipped() + " that cannot stand here (listed)" : "")
                + "; sent " + sent.written().size()
                + (sent.stale().isEmpty() ? "" : " (" + sent.stale().size() + " the team already had)")
                + (sent.refused().isEmpty() ? "" : "; " + sent.refused().size() + " refused by the server")
                + (notSent > 0 ? "; " + notSent + " colleague's or not yours to send, kept here" : "") + ".";
    }
}
