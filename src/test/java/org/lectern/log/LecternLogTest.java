package org.lectern.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.lectern.service.AppFolders;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Lectern's log is one rotating file in its data folder, and java.util.logging (JavaFX's) writes there too. */
class LecternLogTest {
    @Test
    void theLogFileIsInTheLogsFolderOfLecternsDataFolder() {
        assertEquals(AppFolders.dataHome().resolve("logs").resolve("lectern.log"), LecternLog.file());
    }

    @Test
    void theLogIsWrittenThereAndRotatedByDayAndBySize() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        LoggerFactory.getLogger(LecternLogTest.class).info("A message, so that the file is there");

        FileOnFirstWrite firstWrite = assertInstanceOf(FileOnFirstWrite.class, appender);
        RollingFileAppender<?> file = assertInstanceOf(RollingFileAppender.class, firstWrite.made());
        assertEquals(LecternLog.file(), Path.of(file.getFile()));
        SizeAndTimeBasedRollingPolicy<?> policy = assertInstanceOf(SizeAndTimeBasedRollingPolicy.class,
                file.getRollingPolicy());
        assertEquals(LecternLog.folder().resolve("lectern-%d{yyyy-MM-dd}.%i.log").toString(),
                policy.getFileNamePattern());
        assertEquals(30, policy.getMaxHistory());
        assertEquals(List.of(firstWrite), appendersOf(context), "the file is the log's only destination");
    }

    @Test
    void javaUtilLoggingWritesToTheLogFileAndNoLongerToTheTerminal() throws Exception {
        LecternLog.captureJavaLogging();

        // What JavaFX says when a stylesheet names a colour it lacks.
        Logger.getLogger("javafx.css").warning("Could not resolve '-color-accent-fg' while resolving lookups for"
                + " '-fx-text-fill' from rule '*.hyperlink' in stylesheet lectern.css");

        assertTrue(Files.readString(LecternLog.file()).contains("javafx.css - Could not resolve '-color-accent-fg'"),
                "in the log file");
        List<Class<?>> handlers = Arrays.stream(Logger.getLogger("").getHandlers()).map(Handler::getClass)
                .<Class<?>>map(c -> c).toList();
        assertEquals(List.of(SLF4JBridgeHandler.class), handlers, "no console handler is left to print it");
    }

    private static List<Object> appendersOf(LoggerContext context) {
        List<Object> appenders = new java.util.ArrayList<>();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appenders::add);
        return appenders;
    }
}
