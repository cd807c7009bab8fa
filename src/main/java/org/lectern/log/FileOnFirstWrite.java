package org.lectern.log;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.util.function.Supplier;

/**
 * An appender that makes its real one (the rotating log file) only when the first message is to be written. Most
 * starts write nothing at all, and making the file's appender (its rolling policy, the date patterns of the file
 * names, the encoder's pattern) costs a fresh JVM some 200 ms of the start-up's CPU, on whichever thread first
 * happens to log: at start-up that is the thread reading the article the first frame shows.
 */
final class FileOnFirstWrite extends AppenderBase<ILoggingEvent> {
    private final Supplier<Appender<ILoggingEvent>> maker;
    private Appender<ILoggingEvent> file;

    FileOnFirstWrite(String name, Supplier<Appender<ILoggingEvent>> maker) {
        this.maker = maker;
        setName(name);
    }

    /** Called under AppenderBase's lock, one message at a time. */
    @Override
    protected void append(ILoggingEvent event) {
        if (file == null) {
            file = maker.get();
        }
        file.doAppend(event);
    }

    /** The real appender, once a message has been written; null before. */
    synchronized Appender<ILoggingEvent> made() {
        return file;
    }

    @Override
    public synchronized void stop() {
        super.stop();
        if (file != null) {
            file.stop();
        }
    }
}
