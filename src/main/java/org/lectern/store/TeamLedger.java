package org.lectern.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.lectern.model.ProjectRecord;

/**
 * The local half of a team project: which team database the project belongs to, what changed here since the
 * last synchronisation (noted by the project file itself, whatever made the change), and bringing in colleagues'
 * records without sending them back. Each method is one transaction on the project file.
 */
public interface TeamLedger {

    /**
     * Links the project to a team database. Every record the project already holds is noted as changed, so that
     * the first synchronisation publishes it. Linking a linked project to another team is refused.
     */
    void link(String url, String userName);

    /**
     * Unlinks the project: it becomes a project of its own again, and what was waiting to be sent is forgotten;
     * the versions listed among the {@link #conflicts()} stay, for the analyst to read.
     */
    void unlink();

    /** The team database the project belongs to, if any. */
    Optional<TeamLink> teamLink();

    /** The server's last revision brought in; 0 before the first. */
    long lastRev();

    /**
     * The records changed here and not yet sent, one entry per record (its latest state, or its deletion), in the
     * order of their last change. A record changed and changed back since the last synchronisation is not listed.
     */
    List<PendingRecord> pending();

    /**
     * How many records {@link #pending()} would list, for a status line: counted by the project file itself, so
     * that only records changed again since the team last had them are read (to tell a change undone from one
     * that stands); new and deleted records are counted without reading them.
     */
    int pendingCount();

    /**
     * Brings in colleagues' records, in the server's order, as one transaction, and advances {@link #lastRev()}
     * to {@code newLastRev}. A record also changed here keeps the later change; the other is listed among the
     * {@link #conflicts()} as JSON written by {@code asJson}. A record that cannot be applied here (its
     * document or claim is missing, its tag's name is taken by another tag here) is tried again after the rest of
     * the list, which may bring what it needs; if it still cannot stand it is skipped and listed, and comes again
     * when its author next changes it. So a pull passes all its pages in one call where it can. What the apply
     * itself changes (cascades included) is not noted as a change to send.
     */
    default ApplyOutcome applyIncoming(List<IncomingRecord> records, long newLastRev,
                                       Function<ProjectRecord, String> asJson) {
        return applyIncoming(records, newLastRev, asJson, record -> false);
    }

    /**
     * As {@link #applyIncoming(List, long, Function)}; besides, what the team's deletions take along here is
     * followed as a deletion here would be (review comments on a deleted record go, and a decision whose
     * adjudicated copy went), and the records of the member's own ({@code own}) that this changes are noted as
     * changes to send: only their author can tell the team, which would otherwise keep them as they were.
     */
    ApplyOutcome applyIncoming(List<IncomingRecord> records, long newLastRev, Function<ProjectRecord, String> asJson,
                               java.util.function.Predicate<ProjectRecord> own);

    /**
     * As {@link #applyIncoming(List, long, Function, java.util.function.Predicate)}, for pages still being read
     * from the server, for a project not open in memory: the outcome holds the counts alone, and {@link #lastRev()}
     * advances to the last page's revision. A project that holds nothing yet (a first download) is written page by
     * page as they come, keeping none of them; should a record turn out not to stand that way (one changed while
     * the download ran), what was written is rolled back and the pages are read again for the careful way.
     * Otherwise every page is read before anything is applied.
     */
    ApplyOutcome applyIncoming(IncomingPages pages, Function<ProjectRecord, String> asJson,
                               java.util.function.Predicate<ProjectRecord> own);

    /**
     * Forgets the changes noted up to {@code upToSeq}: the server has them. {@link #pending()} lists records in
     * the order of their last change, so sending the first n of them and passing the {@code seq} of the n-th
     * forgets exactly those; a record changed again since it was read stays pending.
     */
    void sent(long upToSeq);

    /**
     * The highlights that are reviewers' adjudicated copies (the results of accepting or amending), which the
     * team keeps in a layer of their own.
     */
    java.util.Set<java.util.UUID> adjudicatedCopies();

    /** The losing versions and skipped records listed so far, oldest first. */
    List<TeamConflict> conflicts();
}
