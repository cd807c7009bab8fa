package org.lectern.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that logs nothing makes no log file; the first message makes it, once, and every message lands in it. */
class FileOnFirstWriteTest {
    @TempDir
    Path folder;

    @Test
    void theFileIsMadeByTheFirstMessageWrittenAndOnlyOnce() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as SLF4J gives the one it starts
        Path log = folder.resolve("logs").resolve("test.log");
        AtomicInteger made = new AtomicInteger();
        FileOnFirstWrite appender = new FileOnFirstWrite("FILE", () -> {
            made.incrementAndGet();
            return fileAppender(context, log);
        });
        appender.setContext(context);
        appender.start();
        ch.qos.logback.classic.Logger logger = context.getLogger("test");
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(appender);

        logger.debug("below the level: nothing is written");
        assertNull(appender.made());
        assertFalse(Files.exists(log), "no file while nothing has been written");

        logger.warn("the first message");
        logger.info("the second");
        appender.stop();

        assertEquals(1, made.get(), "the file's appender is made once");
        List<String> lines = Files.readAllLines(log);
        assertEquals(List.of("WARN the first message", "INFO the second"), lines);
        assertTrue(appender.made() != null && !appender.made().isStarted(), "stopping it stops the file's appender");
    }

    private static FileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path log) {
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setFile(log.toString());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %msg%n");
        encoder.start();
        file.setEncoder(encoder);
        file.start();
        return file;
    }
}
