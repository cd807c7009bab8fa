package org.lectern.service.team;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Where a live team project stands, for the status line: connecting, connected (and when it last synchronised),
 * sending n records, offline since when (retrying), or stopped because the server refused the analyst (a
 * password is needed, or something only the analyst or the team's lead can put right; {@code message} says
 * what). {@code conflicts} counts the versions listed as not kept.
 */
public record TeamState(Phase phase, String team, Instant since, int sending, Instant lastSynchronised,
                        int conflicts, String message) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    public enum Phase {
        /** Not live: never connected, disconnected, or the project closed. */
        STOPPED,
        CONNECTING,
        CONNECTED,
        /** Connected, sending local edits. */
        SENDING,
        /** The server cannot be reached; retrying, work goes on locally. */
        OFFLINE,
        /** The server asks for a password the analyst has not given (or refused the one given). */
        PASSWORD_NEEDED,
        /** The server refused the connection for a reason retrying will not mend. */
        REFUSED
    }

    public TeamState {
        Objects.requireNonNull(phase, "phase");
        team = team == null ? "" : team;
        message = message == null ? "" : message;
    }

    public static TeamState stopped() {
        return new TeamState(Phase.STOPPED, "", null, 0, null, 0, "");
    }

    /** True while the connection is kept up (connecting, connected, sending or retrying). */
    public boolean live() {
        return phase == Phase.CONNECTING || phase == Phase.CONNECTED || phase == Phase.SENDING
                || phase == Phase.OFFLINE;
    }

    TeamState with(Phase newPhase) {
        return new TeamState(newPhase, team, since, sending, lastSynchronised, conflicts, message);
    }

    /** "2 conflicts": the versions listed as not kept; empty when there are none. */
    public String conflictsText() {
        return conflicts == 0 ? "" : conflicts + (conflicts == 1 ? " conflict" : " conflicts");
    }

    /** The status line's words for it, times in {@code zone} (the conflicts are told by {@link #conflictsText}). */
    public String describe(ZoneId zone) {
        String text = switch (phase) {
            case STOPPED -> "";
            case CONNECTING -> "Team: connecting to " + team + "…";
            case CONNECTED -> "Team: connected" + lastSynchronised(zone);
            case SENDING -> "Team: sending " + sending + lastSynchronised(zone);
            case OFFLINE -> "Team: offline since " + time(since, zone) + ", retrying"
                    + (sending > 0 ? " · " + sending + " to send" : "");
            case PASSWORD_NEEDED -> "Team: password needed";
            case REFUSED -> "Team: not connected";
        };
        return text;
    }

    private String lastSynchronised(ZoneId zone) {
        return lastSynchronised == null ? "" : " · last synchronised " + time(lastSynchronised, zone);
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "?" : TIME.format(instant.atZone(zone));
    }
}
