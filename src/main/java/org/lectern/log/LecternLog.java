package org.lectern.log;

import java.nio.file.Path;
import org.lectern.service.AppFolders;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.slf4j.helpers.Reporter;

/**
 * Lectern's log file: what the libraries Lectern uses say (PDFBox, POI, SQLite, Flyway, JavaFX) and the full
 * story of every failure, kept out of the terminal and the window, where only Lectern's own plain messages
 * belong. Logback writes it (see LogFileConfigurator), in the {@code logs} folder of Lectern's data folder, and rotates
 * it by day and by size.
 */
public final class LecternLog {
    static final String FILE_NAME = "lectern.log";

    private LecternLog() {
    }

    /** The folder of the log and of its older, rotated parts. */
    public static Path folder() {
        return AppFolders.dataHome().resolve("logs");
    }

    /** The file being written now: the one to look in, or to send along with a report of a problem. */
    public static Path file() {
        return folder().resolve(FILE_NAME);
    }

    /**
     * JavaFX and a few libraries log through java.util.logging, whose default is to print on standard error;
     * from here on they write to Lectern's log file instead. Safe to call more than once.
     */
    public static synchronized void captureJavaLogging() {
        // SLF4J's own notes go to the terminal. One comes at nearly every start: the threads that start the
        // window (reading the article, opening the project) log before the log is set up, and SLF4J says it is
        // passing those messages on to the log once it is. Only its errors are left to say.
        if (System.getProperty(Reporter.SLF4J_INTERNAL_VERBOSITY_KEY) == null) {
            System.setProperty(Reporter.SLF4J_INTERNAL_VERBOSITY_KEY, "ERROR");
        }
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
