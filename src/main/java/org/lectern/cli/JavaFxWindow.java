package org.lectern.cli;

import java.nio.file.Path;
import org.lectern.ui.LecternApp;

/**
 * The real window. LecternApp (and with it JavaFX) is referenced only inside {@link #open}, so the JVM loads
 * JavaFX when the window is asked for and never for {@code import} or {@code info}.
 */
final class JavaFxWindow implements WindowOpener {
    @Override
    public void open(Path projectOrNull) {
        try {
            LecternApp.launchWindow(projectOrNull);
        } catch (RuntimeException | LinkageError e) {
            // No display (SSH, a server) or no JavaFX for this platform: say so, and point at what still works.
            throw new CommandFailure("Lectern could not open its window (" + FailureMessages.rootMessage(e)
                    + "). The commands 'lectern import' and 'lectern info' work without one.");
        }
    }
}
