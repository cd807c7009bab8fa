package org.lectern.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.lectern.service.AnalystPreferences;

/** Whose name the records made on the command line carry. */
final class AnalystName {
    /**
     * The JDK logs "INFO: Created user preferences directory." on stderr the first time preferences are read on
     * a machine, from a background thread, between the command's own lines. Held here so the level sticks:
     * java.util.logging keeps only weak references to loggers.
     */
    private static final Logger PREFERENCES_LOG = Logger.getLogger("java.util.prefs");

    private AnalystName() {
    }

    /** The name given with --analyst, else the one set in Lectern's window, else the system user name. */
    static String resolve(String given) {
        if (given != null) {
            return given.strip();
        }
        PREFERENCES_LOG.setLevel(Level.WARNING);
        return AnalystPreferences.forUser().analyst().orElseGet(AnalystPreferences::suggestedAnalyst);
    }
}
