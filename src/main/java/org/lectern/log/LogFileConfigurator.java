package org.lectern.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.Logger;

/**
 * Lectern's log, set up in code rather than by a logback.xml: reading XML would load Logback's configuration
 * machinery and an XML parser (some 700 classes) on the way to the first window, since the project that the
 * window opens first logs as it opens. Logback finds this class through {@code META-INF/services}, before it
 * looks for any configuration file.
 * <p>
 * Everything goes to one file in the logs folder of Lectern's data folder (on Linux
 * ~/.local/share/lectern/logs/lectern.log), never to the terminal: there only Lectern's own one-line messages
 * belong. The file is rotated each day and when it reaches 5 MB; parts older than 30 days go, and all parts
 * together stay under 50 MB. The file and its appender are made when the first message is written. Logback's own
 * start-up notes (such as "cannot write the log folder") stay silent.
 */
public final class LogFileConfigurator extends ContextAwareBase implements Configurator {
    static final String APPENDER = "FILE";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getStatusManager().add(new NopStatusListener());
        // Keeps java.util.logging's levels in step with these, so that filtered-out messages cost nothing.
        LevelChangePropagator julLevels = new LevelChangePropagator();
        julLevels.setContext(context);
        julLevels.setResetJUL(true);
        context.addListener(julLevels);
        julLevels.start();

        // Its place is fixed now, as the log is set up, though the file is made only when first written.
        String folder = LecternLog.folder().toString();
        FileOnFirstWrite file = new FileOnFirstWrite(APPENDER, () -> rollingFile(context, folder));
        file.setContext(context);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The log file itself, made when the first message is written (see FileOnFirstWrite). */
    static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext context, String folder) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(APPENDER);
        file.setFile(folder + "/" + LecternLog.FILE_NAME);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/lectern-%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        file.setRollingPolicy(rolling);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{40} - %msg%n");
        encoder.start();
        file.setEncoder(encoder);
        file.start();
        return file;
    }
}
