package org.lectern;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.lectern.cli.CommandFailure;
import org.lectern.cli.WindowOpener;
import org.lectern.service.FailureMessage;
import org.lectern.ui.LecternApp;

/**
 * The real window, which the launcher hands to the command line: the command line itself never knows the window's
 * classes. LecternApp (and with it JavaFX) is referenced only inside {@link #open}, so the JVM loads
 * JavaFX when the window is asked for and never for {@code import} or {@code info}.
 */
final class JavaFxWindow implements WindowOpener {
    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" whenever it runs
     * from a plain jar, as it does on purpose here (see Launcher). That line means nothing to an analyst, so it
     * alone is dropped; every other JavaFX message still gets through. Held in a field because
     * java.util.logging keeps only weak references to loggers, and a collected logger forgets its filter.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    @Override
    public void open(Path projectOrNull) {
        JAVAFX_LOG.setFilter(entry -> entry.getMessage() == null
                || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            LecternApp.launchWindow(projectOrNull);
        } catch (RuntimeException | LinkageError e) {
            // No display (SSH, a server) or no JavaFX for this platform: say so, and point at what still works.
            throw new CommandFailure("Lectern could not open its window (" + FailureMessage.rootMessage(e)
                    + "). The commands 'lectern import' and 'lectern info' work without one.");
        }
    }
}
