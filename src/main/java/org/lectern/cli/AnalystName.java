package org.lectern.cli;

import org.lectern.service.AnalystPreferences;

/** Whose name the records made on the command line carry. */
final class AnalystName {
    private AnalystName() {
    }

    /** The name given with --analyst, else the one set in Lectern's window, else the system user name. */
    static String resolve(String given) {
        if (given != null) {
            return given.strip();
        }
        return AnalystPreferences.forUser().analyst().orElseGet(AnalystPreferences::suggestedAnalyst);
    }
}
